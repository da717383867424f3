package kr.oneteam.app.proposal;

import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.CompanySnapshot;
import kr.oneteam.domain.proposal.Compute;
import kr.oneteam.domain.proposal.ConsortiumMember;
import kr.oneteam.domain.proposal.DataRequest;
import kr.oneteam.domain.proposal.GlobalExpansion;
import kr.oneteam.domain.proposal.Infra;
import kr.oneteam.domain.proposal.Procurement;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.Regulation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

/** Maps between a checked proposal form and the stored proposal, both ways. */
public final class ProposalEntities {

    private ProposalEntities() {
    }

    public static Proposal toEntity(ProposalForm form, Company company, Clock clock) {
        CompanyForm c = form.company();
        CompanySnapshot snapshot = new CompanySnapshot(c.sizeClass(), c.startup(), c.venture(), c.youthFounded(),
                c.region(), c.valueChain(), c.supplierRoles(),
                c.currentAwards().stream().map(ProgrammeCode::of).collect(Collectors.toSet()));
        return Proposal.builder()
                .externalRef(form.externalRef())
                .receivedAt(form.receivedAt())
                .channel(form.channel())
                .company(company, snapshot)
                .content(ProposalJson.stored(form))
                .title(form.title())
                .text(form.text())
                .categories(form.categories())
                .themes(form.themes())
                .stage(form.stage())
                .requestedAmountKrw(form.requestedAmountKrw())
                .compute(form.compute() == null ? null : compute(form.compute()))
                .data(form.data() == null ? null : data(form.data()))
                .regulation(form.regulation() == null ? null : regulation(form.regulation()))
                .procurement(form.procurement() == null ? null : procurement(form.procurement()))
                .global(form.global() == null ? null : global(form.global()))
                .infra(form.infra() == null ? null : infra(form.infra()))
                .consortium(form.consortium().stream()
                        .map(m -> new ConsortiumMember(m.name(), m.sizeClass(), m.role())).toList())
                .build(clock);
    }

    private static Compute compute(ComputeForm c) {
        return new Compute(c.accelerator(), c.quantity(), c.months(), c.workload(), c.independence());
    }

    private static DataRequest data(DataForm d) {
        return new DataRequest(d.need(), d.domains(), d.sensitivity(), d.closedEnvironment(), d.linkage(),
                d.exportArtifact());
    }

    private static Regulation regulation(RegulationForm r) {
        return new Regulation(r.sandboxTrack(), r.generativeAi(), r.highImpactDomain());
    }

    private static Procurement procurement(ProcurementForm p) {
        return new Procurement(p.konepsRegistered(), p.innovationProduct(), p.targetAgencies());
    }

    private static GlobalExpansion global(GlobalForm g) {
        return new GlobalExpansion(g.targetCountries(), g.demandSite(), g.governmentBacked());
    }

    private static Infra infra(InfraForm i) {
        return new Infra(i.powerMw(), i.siteRegion(), i.spectrum());
    }

    /** The stored proposal in the shape it was submitted in, e.g. to route it again or to show it. */
    public static ProposalForm toForm(Proposal p) {
        CompanySnapshot s = p.getCompanySnapshot();
        CompanyForm company = new CompanyForm(p.getCompanyName(),
                p.getCompany().getBizRegNo().map(Object::toString).orElse(null), s.sizeClass(), s.startup(),
                s.venture(), s.youthFounded(), s.region(), s.valueChain(), s.supplierRoles(),
                s.currentAwards().stream().map(ProgrammeCode::value).collect(Collectors.toCollection(LinkedHashSet::new)));
        return new ProposalForm(p.getExternalRef(), p.getReceivedAt(), p.getChannel(), company, p.getTitle(),
                p.getText(), p.getCategories(), p.getThemes(), p.getStage(), p.getRequestedAmountKrw(),
                p.getCompute().map(c -> new ComputeForm(c.accelerator(), c.quantity(), c.months(), c.workload(),
                        c.independence())).orElse(null),
                p.getData().map(d -> new DataForm(d.need(), d.domains(), d.sensitivity(), d.closedEnvironment(),
                        d.linkage(), d.exportArtifact())).orElse(null),
                p.getRegulation().map(r -> new RegulationForm(r.sandboxTrack(), r.generativeAi(),
                        r.highImpactDomain())).orElse(null),
                p.getProcurement().map(r -> new ProcurementForm(r.konepsRegistered(), r.innovationProduct(),
                        r.targetAgencies())).orElse(null),
                p.getGlobal().map(g -> new GlobalForm(g.targetCountries(), g.demandSite(), g.governmentBacked()))
                        .orElse(null),
                p.getInfra().map(i -> new InfraForm(i.powerMw(), i.siteRegion(), i.spectrum())).orElse(null),
                p.getConsortium().stream().map(m -> new ConsortiumForm(m.name(), m.sizeClass(), m.role())).toList());
    }
}
