package kr.oneteam.app.routing;

import kr.oneteam.app.proposal.CompanyForm;
import kr.oneteam.app.proposal.ComputeForm;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.rules.fact.Company;
import kr.oneteam.rules.fact.Compute;
import kr.oneteam.rules.fact.ConsortiumMember;
import kr.oneteam.rules.fact.DataRequest;
import kr.oneteam.rules.fact.GlobalExpansion;
import kr.oneteam.rules.fact.Infra;
import kr.oneteam.rules.fact.Procurement;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.fact.Regulation;

/** Turns a checked proposal into the read-only facts the rules see; {@code routingId} joins the results back. */
public final class RulesFacts {

    private RulesFacts() {
    }

    public static Proposal of(long routingId, ProposalForm form) {
        Proposal.Builder proposal = Proposal.builder()
                .id(routingId)
                .externalRef(form.externalRef())
                .receivedAt(form.receivedAt())
                .channel(form.channel())
                .company(company(form.company()))
                .title(form.title())
                .text(form.text())
                .categories(form.categories())
                .themes(form.themes())
                .stage(form.stage())
                .requestedAmountKrw(form.requestedAmountKrw())
                .consortium(form.consortium().stream()
                        .map(m -> new ConsortiumMember(m.name(), m.sizeClass(), m.role())).toList());
        if (form.compute() != null) {
            proposal.compute(compute(form.compute()));
        }
        if (form.data() != null) {
            var d = form.data();
            proposal.data(DataRequest.builder().need(d.need()).domains(d.domains()).sensitivity(d.sensitivity())
                    .closedEnvironment(d.closedEnvironment()).linkage(d.linkage())
                    .exportArtifact(d.exportArtifact()).build());
        }
        if (form.regulation() != null) {
            var r = form.regulation();
            proposal.regulation(Regulation.builder().sandboxTrack(r.sandboxTrack()).generativeAi(r.generativeAi())
                    .highImpactDomain(r.highImpactDomain()).build());
        }
        if (form.procurement() != null) {
            var p = form.procurement();
            proposal.procurement(Procurement.builder().konepsRegistered(p.konepsRegistered())
                    .innovationProduct(p.innovationProduct()).targetAgencies(p.targetAgencies()).build());
        }
        if (form.global() != null) {
            var g = form.global();
            proposal.global(GlobalExpansion.builder().targetCountries(g.targetCountries()).demandSite(g.demandSite())
                    .governmentBacked(g.governmentBacked()).build());
        }
        if (form.infra() != null) {
            var i = form.infra();
            proposal.infra(Infra.builder().powerMw(i.powerMw()).siteRegion(i.siteRegion()).spectrum(i.spectrum())
                    .build());
        }
        return proposal.build();
    }

    private static Company company(CompanyForm c) {
        return Company.builder().name(c.name()).bizRegNo(c.bizRegNo()).sizeClass(c.sizeClass())
                .startup(c.startup()).venture(c.venture()).youthFounded(c.youthFounded()).region(c.region())
                .valueChain(c.valueChain()).supplierRoles(c.supplierRoles()).currentAwards(c.currentAwards())
                .build();
    }

    private static Compute compute(ComputeForm c) {
        return Compute.builder().accelerator(c.accelerator())
                .quantity(c.quantity() == null ? 0 : c.quantity())
                .months(c.months() == null ? 0 : c.months())
                .workload(c.workload()).independence(c.independence()).build();
    }
}
