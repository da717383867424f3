package kr.oneteam.app.intake;

import kr.oneteam.app.proposal.RegulationForm;
import kr.oneteam.app.proposal.ProcurementForm;
import kr.oneteam.app.proposal.InfraForm;
import kr.oneteam.app.proposal.GlobalForm;
import kr.oneteam.app.proposal.DataForm;
import kr.oneteam.app.proposal.ConsortiumForm;
import kr.oneteam.app.proposal.ComputeForm;
import kr.oneteam.app.proposal.CompanyForm;
import kr.oneteam.app.proposal.ProposalForm;
import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.ConsortiumRole;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.DataNeed;
import kr.oneteam.domain.vocabulary.DemandSite;
import kr.oneteam.domain.vocabulary.ExportArtifact;
import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.Independence;
import kr.oneteam.domain.vocabulary.InnovationProduct;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.Sensitivity;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Spectrum;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.Theme;
import kr.oneteam.domain.vocabulary.ValueChain;
import kr.oneteam.domain.vocabulary.Workload;


import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

/**
 * The hand reader that decision 060 replaced (020's), kept unchanged only so that ReadingBenchmark can run the
 * old reading and the new one back to back.
 *
 * <p> * Reads one proposal of INTAKE.md from its JSON tree and checks every rule of the field table,
 * collecting all problems. Stateless apart from the clock and the programme catalogue it asks.
 */

public class HandProposalReader {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final long MAX_AMOUNT_KRW = 10_000_000_000_000L;
    private static final int MAX_CONSORTIUM = 50;
    private static final int MAX_AGENCIES = 20;
    /** INTAKE.md: "not before 2000-01-01" — the first day in Seoul, where the product's dates are. */
    private static final java.time.Instant EARLIEST_RECEIVED = java.time.LocalDate.of(2000, 1, 1)
            .atStartOfDay(java.time.ZoneId.of("Asia/Seoul")).toInstant();

    private final Clock clock;
    private final ProgrammeCodes programmeCodes;

    public HandProposalReader(Clock clock, ProgrammeCodes programmeCodes) {
        this.clock = clock;
        this.programmeCodes = programmeCodes;
    }

    public Reading read(JsonNode json) {
        return read(json, programmeCodes.known());
    }

    /** Reads with a catalogue fetched once by the caller, so a batch does not ask the database per item. */
    public Reading read(JsonNode json, Set<String> knownProgrammes) {
        Problems problems = new Problems();
        ProposalForm form = HandJsonObjectReader.objectAt(json, "", problems, p -> proposal(p, knownProgrammes));
        return problems.isEmpty() ? new Reading(form, java.util.List.of()) : new Reading(null, problems.list());
    }

    private ProposalForm proposal(HandJsonObjectReader p, Set<String> knownProgrammes) {
        String externalRef = p.text("externalRef", 1, 64, false);
        OffsetDateTime receivedAt = p.dateTime("receivedAt", true);
        if (receivedAt != null && receivedAt.toInstant().isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            p.problemAt("receivedAt", "intake.future");
        } else if (receivedAt != null && receivedAt.toInstant().isBefore(EARLIEST_RECEIVED)) {
            p.problemAt("receivedAt", "intake.tooEarly");
        }
        Channel channel = p.enumValue("channel", Channel.class, true);
        CompanyForm company = p.object("company", c -> company(c, knownProgrammes)).orElse(null);
        if (!p.has("company")) {
            p.problemAt("company", "intake.required");
        }
        String title = p.text("title", 1, 200, true);
        String text = p.text("text", 1, 20_000, true);
        Set<Category> categories = p.enumSet("categories", Category.class);
        if (!p.has("categories")) {
            p.problemAt("categories", "intake.required");
        } else if (p.isArray("categories") && p.size("categories") == 0) {
            p.problemAt("categories", "intake.atLeastOneCategory");
        }
        Set<Theme> themes = p.enumSet("themes", Theme.class);
        Stage stage = p.enumValue("stage", Stage.class, true);
        Long amount = p.integer("requestedAmountKrw", 0, MAX_AMOUNT_KRW, false);
        ComputeForm compute = p.object("compute", c -> compute(c, categories.contains(Category.COMPUTE))).orElse(null);
        if (compute == null && !p.has("compute") && categories.contains(Category.COMPUTE)) {
            p.problemAt("compute", "intake.requiredWhen", "COMPUTE");
        }
        DataForm data = p.object("data", d -> data(d, categories.contains(Category.DATA))).orElse(null);
        if (data == null && !p.has("data") && categories.contains(Category.DATA)) {
            p.problemAt("data", "intake.requiredWhen", "DATA");
        }
        RegulationForm regulation = p.object("regulation", this::regulation).orElse(null);
        ProcurementForm procurement = p.object("procurement", this::procurement).orElse(null);
        GlobalForm global = p.object("global", g -> global(g, categories.contains(Category.GLOBAL))).orElse(null);
        if (global == null && !p.has("global") && categories.contains(Category.GLOBAL)) {
            p.problemAt("global", "intake.requiredWhen", "GLOBAL");
        }
        InfraForm infra = p.object("infra", this::infra).orElse(null);
        if (p.size("consortium") > MAX_CONSORTIUM) {
            p.problemAt("consortium", "intake.tooMany", MAX_CONSORTIUM);
        }
        var consortium = p.list("consortium", (item, at) -> p.objectItem(item, at, this::member));
        return new ProposalForm(externalRef, receivedAt, channel, company, title, text, categories, themes, stage,
                amount, compute, data, regulation, procurement, global, infra, consortium);
    }

    private CompanyForm company(HandJsonObjectReader c, Set<String> knownProgrammes) {
        String name = c.text("name", 1, 200, true);
        String bizRegNo = c.text("bizRegNo", 0, 100, false);
        if (bizRegNo != null && !BizRegNoCheck.holds(bizRegNo)) {
            c.problemAt("bizRegNo", "intake.bizRegNo");
        }
        SizeClass sizeClass = c.enumValue("sizeClass", SizeClass.class, true);
        boolean startup = c.bool("startup");
        boolean venture = c.bool("venture");
        boolean youthFounded = c.bool("youthFounded");
        Region region = c.enumValue("region", Region.class, true);
        Set<ValueChain> valueChain = c.enumSet("valueChain", ValueChain.class);
        Set<SupplierRole> supplierRoles = c.enumSet("supplierRoles", SupplierRole.class);
        Set<String> awards = new java.util.LinkedHashSet<>(c.list("currentAwards", (item, at) -> {
            if (item.isTextual() && knownProgrammes.contains(item.textValue())) {
                return item.textValue();
            }
            c.problem(at, "intake.programme", String.join(", ", new java.util.TreeSet<>(knownProgrammes)));
            return null;
        }));
        return new CompanyForm(name, bizRegNo, sizeClass, startup, venture, youthFounded, region, valueChain,
                supplierRoles, awards);
    }

    private ComputeForm compute(HandJsonObjectReader c, boolean asked) {
        Accelerator accelerator = c.enumValue("accelerator", Accelerator.class, false);
        Long quantity = c.integer("quantity", 0, 100_000, false);
        Long months = c.integer("months", 0, 60, false);
        Workload workload = c.enumValue("workload", Workload.class, false);
        Independence independence = c.enumValue("independence", Independence.class, false);
        if (asked) {
            requiredWhen(c, "accelerator", "COMPUTE");
            requiredWhen(c, "workload", "COMPUTE");
            atLeastOneWhen(c, "quantity", quantity);
            atLeastOneWhen(c, "months", months);
        }
        if (workload == Workload.PRETRAINING && !c.has("independence")) {
            c.problemAt("independence", "intake.requiredWhen", "PRETRAINING");
        }
        return new ComputeForm(accelerator, toInt(quantity), toInt(months), workload, independence);
    }

    private static void requiredWhen(HandJsonObjectReader r, String field, String condition) {
        if (!r.has(field)) {
            r.problemAt(field, "intake.requiredWhen", condition);
        }
    }

    private static void atLeastOneWhen(HandJsonObjectReader c, String field, Long value) {
        if (!c.has(field)) {
            c.problemAt(field, "intake.requiredWhen", "COMPUTE");
        } else if (value != null && value < 1) {
            c.problemAt(field, "intake.atLeastOneWhen", "COMPUTE");
        }
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private DataForm data(HandJsonObjectReader d, boolean asked) {
        DataNeed need = d.enumValue("need", DataNeed.class, false);
        Set<DataDomain> domains = d.enumSet("domains", DataDomain.class);
        Sensitivity sensitivity = d.enumValue("sensitivity", Sensitivity.class, false);
        boolean closed = d.bool("closedEnvironment");
        boolean linkage = d.bool("linkage");
        ExportArtifact export = d.enumValue("exportArtifact", ExportArtifact.class, false);
        if (asked) {
            requiredWhen(d, "need", "DATA");
            requiredWhen(d, "sensitivity", "DATA");
        }
        return new DataForm(need, domains, sensitivity, closed, linkage, export);
    }

    private RegulationForm regulation(HandJsonObjectReader r) {
        return new RegulationForm(r.enumValue("sandboxTrack", SandboxTrack.class, SandboxTrack.NONE),
                r.bool("generativeAi"),
                r.enumValue("highImpactDomain", HighImpactDomain.class, HighImpactDomain.NONE));
    }

    private ProcurementForm procurement(HandJsonObjectReader p) {
        if (p.size("targetAgencies") > MAX_AGENCIES) {
            p.problemAt("targetAgencies", "intake.tooMany", MAX_AGENCIES);
        }
        return new ProcurementForm(p.bool("konepsRegistered"),
                p.enumValue("innovationProduct", InnovationProduct.class, InnovationProduct.NONE),
                p.texts("targetAgencies", 1, 100));
    }

    private GlobalForm global(HandJsonObjectReader g, boolean asked) {
        Set<String> seen = new java.util.HashSet<>();
        var countries = g.list("targetCountries", (item, at) -> {
            if (item.isTextual() && item.textValue().length() == 2 && COUNTRIES.contains(item.textValue())) {
                if (seen.add(item.textValue())) {
                    return item.textValue();
                }
                g.problem(at, "intake.duplicateItem");
                return null;
            }
            g.problem(at, "intake.country");
            return null;
        });
        if (asked && !g.has("targetCountries")) {
            g.problemAt("targetCountries", "intake.requiredWhen", "GLOBAL");
        } else if (asked && g.isArray("targetCountries") && g.size("targetCountries") == 0) {
            g.problemAt("targetCountries", "intake.atLeastOneWhen", "GLOBAL");
        }
        return new GlobalForm(countries, g.enumValue("demandSite", DemandSite.class, DemandSite.NONE),
                g.bool("governmentBacked"));
    }

    private InfraForm infra(HandJsonObjectReader i) {
        BigDecimal power = i.decimal("powerMw", BigDecimal.ZERO, BigDecimal.valueOf(10_000), 3);
        return new InfraForm(power, i.enumValue("siteRegion", Region.class, false),
                i.enumValue("spectrum", Spectrum.class, Spectrum.NONE));
    }

    private ConsortiumForm member(HandJsonObjectReader m) {
        return new ConsortiumForm(m.text("name", 1, 200, true), m.enumValue("sizeClass", SizeClass.class, true),
                m.enumValue("role", ConsortiumRole.class, true));
    }
}
