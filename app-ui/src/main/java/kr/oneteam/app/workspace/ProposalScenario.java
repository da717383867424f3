package kr.oneteam.app.workspace;

import kr.oneteam.app.proposal.CompanyForm;
import kr.oneteam.app.proposal.ProposalForm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored proposal written as the {@code proposal} cell of a scenario row ({@code field=value; …} with the
 * field paths of INTAKE.md, sets joined by {@code |}), so that "this proposal must keep routing like this"
 * becomes a case of the ruleset's own scenarios. Free text loses the two characters the cell syntax uses
 * ({@code ;} and {@code |}) and its line breaks.
 */
final class ProposalScenario {

    private ProposalScenario() {
    }

    static String cell(ProposalForm p) {
        List<String> f = new ArrayList<>();
        add(f, "externalRef", p.externalRef());
        add(f, "receivedAt", p.receivedAt() == null ? null : p.receivedAt().toString());
        add(f, "channel", p.channel());
        add(f, "title", text(p.title()));
        add(f, "text", text(p.text()));
        add(f, "categories", join(p.categories()));
        add(f, "themes", join(p.themes()));
        add(f, "stage", p.stage());
        add(f, "requestedAmountKrw", p.requestedAmountKrw());
        CompanyForm c = p.company();
        if (c != null) {
            add(f, "company.name", text(c.name()));
            add(f, "company.bizRegNo", c.bizRegNo());
            add(f, "company.sizeClass", c.sizeClass());
            add(f, "company.startup", c.startup());
            add(f, "company.venture", c.venture());
            add(f, "company.youthFounded", c.youthFounded());
            add(f, "company.region", c.region());
            add(f, "company.valueChain", join(c.valueChain()));
            add(f, "company.supplierRoles", join(c.supplierRoles()));
            add(f, "company.currentAwards", join(c.currentAwards()));
        }
        if (p.compute() != null) {
            add(f, "compute.accelerator", p.compute().accelerator());
            add(f, "compute.quantity", p.compute().quantity());
            add(f, "compute.months", p.compute().months());
            add(f, "compute.workload", p.compute().workload());
            add(f, "compute.independence", p.compute().independence());
        }
        if (p.data() != null) {
            add(f, "data.need", p.data().need());
            add(f, "data.domains", join(p.data().domains()));
            add(f, "data.sensitivity", p.data().sensitivity());
            add(f, "data.closedEnvironment", p.data().closedEnvironment());
            add(f, "data.linkage", p.data().linkage());
            add(f, "data.exportArtifact", p.data().exportArtifact());
        }
        if (p.regulation() != null) {
            add(f, "regulation.sandboxTrack", p.regulation().sandboxTrack());
            add(f, "regulation.generativeAi", p.regulation().generativeAi());
            add(f, "regulation.highImpactDomain", p.regulation().highImpactDomain());
        }
        if (p.procurement() != null) {
            add(f, "procurement.konepsRegistered", p.procurement().konepsRegistered());
            add(f, "procurement.innovationProduct", p.procurement().innovationProduct());
            add(f, "procurement.targetAgencies", join(p.procurement().targetAgencies()));
        }
        if (p.global() != null) {
            add(f, "global.targetCountries", join(p.global().targetCountries()));
            add(f, "global.demandSite", p.global().demandSite());
            add(f, "global.governmentBacked", p.global().governmentBacked());
        }
        if (p.infra() != null) {
            add(f, "infra.powerMw", p.infra().powerMw() == null ? null : p.infra().powerMw().toPlainString());
            add(f, "infra.siteRegion", p.infra().siteRegion());
            add(f, "infra.spectrum", p.infra().spectrum());
        }
        if (p.consortium() != null && !p.consortium().isEmpty()) {
            add(f, "consortium", p.consortium().stream().map(m -> m.sizeClass() + ":" + m.role())
                    .collect(Collectors.joining("|")));
        }
        return String.join("; ", f);
    }

    private static void add(List<String> fields, String name, Object value) {
        if (value == null || (value instanceof String s && s.isBlank()) || Boolean.FALSE.equals(value)) {
            return;
        }
        fields.add(name + "=" + value);
    }

    private static String join(Collection<?> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(v -> text(String.valueOf(v))).collect(Collectors.joining("|"));
    }

    private static String text(String value) {
        return value == null ? null : value.replaceAll("[;|\\r\\n]+", " ").strip();
    }
}
