package kr.oneteam.rules.scenario;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.oneteam.domain.vocabulary.*;
import kr.oneteam.rules.fact.*;

/**
 * Reads the {@code proposal} cell of a scenario: {@code field=value} pairs separated by {@code ;}, with the
 * field paths of INTAKE.md ({@code company.sizeClass=SME; categories=COMPUTE|DATA; compute.quantity=8}).
 * Sets and lists separate values with {@code |}. Whatever is not written takes a neutral default (an SME in
 * the capital region, stage DEVELOPMENT, received 2026-01-15 in Seoul); a section (compute, data, …)
 * exists as soon as one of its fields is written, with neutral defaults for the rest.
 */
final class ProposalSpec {

    static final String DEFAULT_RECEIVED_AT = "2026-01-15T10:00:00+09:00";

    /** Every field a scenario may set, in INTAKE.md order (listed in the README too). */
    static final List<String> FIELDS = List.of(
            "externalRef", "receivedAt", "channel", "title", "text", "categories", "themes", "stage",
            "requestedAmountKrw",
            "company.name", "company.bizRegNo", "company.sizeClass", "company.startup", "company.venture",
            "company.youthFounded", "company.region", "company.valueChain", "company.supplierRoles",
            "company.currentAwards",
            "compute.accelerator", "compute.quantity", "compute.months", "compute.workload", "compute.independence",
            "data.need", "data.domains", "data.sensitivity", "data.closedEnvironment", "data.linkage",
            "data.exportArtifact",
            "regulation.sandboxTrack", "regulation.generativeAi", "regulation.highImpactDomain",
            "procurement.konepsRegistered", "procurement.innovationProduct", "procurement.targetAgencies",
            "global.targetCountries", "global.demandSite", "global.governmentBacked",
            "infra.powerMw", "infra.siteRegion", "infra.spectrum",
            "consortium");

    private ProposalSpec() {
    }

    static Map<String, String> fields(String cell) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : cell.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new ScenarioException("'" + pair.strip() + "' is not field=value");
            }
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (!FIELDS.contains(key)) {
                throw new ScenarioException("unknown field '" + key + "' (fields are those of INTAKE.md, e.g. compute.quantity)");
            }
            if (fields.put(key, value) != null) {
                throw new ScenarioException("field '" + key + "' written twice");
            }
        }
        if (!fields.containsKey("categories")) {
            throw new ScenarioException("categories is required (e.g. categories=COMPUTE)");
        }
        return fields;
    }

    static Proposal proposal(long id, Map<String, String> f) {
        Company company = Company.builder()
                .name(f.getOrDefault("company.name", "시나리오 기업"))
                .bizRegNo(f.get("company.bizRegNo"))
                .sizeClass(one(f, "company.sizeClass", SizeClass.class, SizeClass.SME))
                .startup(bool(f, "company.startup"))
                .venture(bool(f, "company.venture"))
                .youthFounded(bool(f, "company.youthFounded"))
                .region(one(f, "company.region", Region.class, Region.CAPITAL))
                .valueChain(set(f, "company.valueChain", ValueChain.class))
                .supplierRoles(set(f, "company.supplierRoles", SupplierRole.class))
                .currentAwards(new LinkedHashSet<>(strings(f, "company.currentAwards")))
                .build();
        Set<Category> categories = set(f, "categories", Category.class);
        if (categories.isEmpty()) {
            throw new ScenarioException("categories needs at least one value");
        }
        return Proposal.builder()
                .id(id)
                .externalRef(f.get("externalRef"))
                .receivedAt(dateTime(f.getOrDefault("receivedAt", DEFAULT_RECEIVED_AT)))
                .channel(one(f, "channel", Channel.class, Channel.API))
                .company(company)
                .title(f.getOrDefault("title", "시나리오"))
                .text(f.getOrDefault("text", "시나리오"))
                .categories(categories)
                .themes(set(f, "themes", Theme.class))
                .stage(one(f, "stage", Stage.class, Stage.DEVELOPMENT))
                .requestedAmountKrw(f.containsKey("requestedAmountKrw") ? number(f, "requestedAmountKrw") : null)
                .compute(has(f, "compute.") ? Compute.builder()
                        .accelerator(one(f, "compute.accelerator", Accelerator.class, Accelerator.H100))
                        .quantity((int) (f.containsKey("compute.quantity") ? number(f, "compute.quantity") : 1))
                        .months((int) (f.containsKey("compute.months") ? number(f, "compute.months") : 1))
                        .workload(one(f, "compute.workload", Workload.class, Workload.FINETUNING))
                        .independence(one(f, "compute.independence", Independence.class, null))
                        .build() : null)
                .data(has(f, "data.") ? DataRequest.builder()
                        .need(one(f, "data.need", DataNeed.class, DataNeed.ACCESS))
                        .domains(set(f, "data.domains", DataDomain.class))
                        .sensitivity(one(f, "data.sensitivity", Sensitivity.class, Sensitivity.PUBLIC))
                        .closedEnvironment(bool(f, "data.closedEnvironment"))
                        .linkage(bool(f, "data.linkage"))
                        .exportArtifact(one(f, "data.exportArtifact", ExportArtifact.class, null))
                        .build() : null)
                .regulation(Regulation.builder()
                        .sandboxTrack(one(f, "regulation.sandboxTrack", SandboxTrack.class, SandboxTrack.NONE))
                        .generativeAi(bool(f, "regulation.generativeAi"))
                        .highImpactDomain(one(f, "regulation.highImpactDomain", HighImpactDomain.class, HighImpactDomain.NONE))
                        .build())
                .procurement(has(f, "procurement.") ? Procurement.builder()
                        .konepsRegistered(bool(f, "procurement.konepsRegistered"))
                        .innovationProduct(one(f, "procurement.innovationProduct", InnovationProduct.class, InnovationProduct.NONE))
                        .targetAgencies(strings(f, "procurement.targetAgencies"))
                        .build() : null)
                .global(has(f, "global.") ? GlobalExpansion.builder()
                        .targetCountries(strings(f, "global.targetCountries"))
                        .demandSite(one(f, "global.demandSite", DemandSite.class, DemandSite.NONE))
                        .governmentBacked(bool(f, "global.governmentBacked"))
                        .build() : null)
                .infra(has(f, "infra.") ? Infra.builder()
                        .powerMw(f.containsKey("infra.powerMw") ? decimal(f, "infra.powerMw") : null)
                        .siteRegion(one(f, "infra.siteRegion", Region.class, null))
                        .spectrum(one(f, "infra.spectrum", Spectrum.class, Spectrum.NONE))
                        .build() : null)
                .consortium(consortium(f))
                .build();
    }

    private static boolean has(Map<String, String> f, String section) {
        return f.keySet().stream().anyMatch(k -> k.startsWith(section));
    }

    private static <E extends Enum<E>> E one(Map<String, String> f, String key, Class<E> type, E fallback) {
        String value = f.get(key);
        return value == null || value.isEmpty() ? fallback : constant(key, value, type);
    }

    private static <E extends Enum<E>> Set<E> set(Map<String, String> f, String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String v : strings(f, key)) {
            values.add(constant(key, v, type));
        }
        return values;
    }

    private static <E extends Enum<E>> E constant(String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("'" + value + "' is not a value of " + key + " (one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private static List<String> strings(Map<String, String> f, String key) {
        String value = f.get(key);
        List<String> values = new ArrayList<>();
        if (value != null) {
            for (String v : value.split("\\|")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        return values;
    }

    private static boolean bool(Map<String, String> f, String key) {
        String value = f.get(key);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ScenarioException("'" + value + "' is not true or false for " + key);
    }

    private static long number(Map<String, String> f, String key) {
        try {
            return Long.parseLong(f.get(key).replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ScenarioException("'" + f.get(key) + "' is not a whole number for " + key);
        }
    }

    private static BigDecimal decimal(Map<String, String> f, String key) {
        try {
            return new BigDecimal(f.get(key));
        } catch (NumberFormatException e) {
            throw new ScenarioException("'" + f.get(key) + "' is not a number for " + key);
        }
    }

    private static OffsetDateTime dateTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ScenarioException("'" + value + "' is not an ISO date-time with offset for receivedAt "
                    + "(e.g. 2026-07-21T00:00:00+09:00)");
        }
    }

    /** {@code consortium=SME:MEMBER|LARGE:LEAD}: size class and role of each member. */
    private static List<ConsortiumMember> consortium(Map<String, String> f) {
        List<ConsortiumMember> members = new ArrayList<>();
        int n = 0;
        for (String entry : strings(f, "consortium")) {
            String[] parts = entry.split(":");
            SizeClass size = constant("consortium[].sizeClass", parts[0].strip(), SizeClass.class);
            ConsortiumRole role = parts.length > 1 ? constant("consortium[].role", parts[1].strip(), ConsortiumRole.class)
                    : ConsortiumRole.MEMBER;
            members.add(new ConsortiumMember("구성원 " + (++n), size, role));
        }
        return members;
    }
}
