package kr.oneteam.rules.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.rules.fact.Compute;
import kr.oneteam.rules.fact.Infra;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;

class CounterfactualsTest {

    private static final RuleThresholds THRESHOLDS = RuleThresholds.read(DemoProposals.SHIPPED.files());

    private static WhatIf explain(Proposal p) {
        return Counterfactuals.explain(DemoProposals.ROUTER, THRESHOLDS, p);
    }

    @Test
    void a_large_companys_gpu_ask_names_the_size_class() {
        Proposal ncAi = DemoProposals.number(13); // LARGE, 512 B200 for pre-training: P02 INELIGIBLE (R-CMP-03)
        WhatIf whatIf = explain(ncAi);

        ProgrammeWhatIf p02 = whatIf.programme("P02").orElseThrow();
        assertThat(p02.now()).isEqualTo(Eligibility.INELIGIBLE);
        Change size = p02.changes().stream().filter(c -> c.path().equals("company.sizeClass")).findFirst().orElseThrow();
        assertThat(size.from()).isEqualTo(SizeClass.LARGE);
        assertThat(size.bound()).isEqualTo(Change.Bound.ONE_OF);
        assertThat(size.to()).contains(SizeClass.SME, SizeClass.MIDSIZE).doesNotContain(SizeClass.LARGE);
        // P01 serves COMPUTE and was not recommended; for it a large company would have to change two things.
        assertThat(whatIf.programme("P01").orElseThrow().now()).isNull();
        assertThat(whatIf.programme("P01").orElseThrow().changes())
                .noneMatch(c -> c.path().equals("compute.quantity"));
        assertThat(whatIf.variantsRouted()).isGreaterThan(50);
    }

    @Test
    void a_24_gpu_sme_ask_names_the_16_gpu_threshold_and_its_eligible_programme_gets_no_suggestion() {
        Proposal demo07 = DemoProposals.number(7); // 포티투마루, SME, 8 H100: P01 ELIGIBLE
        Compute c = demo07.getCompute();
        Proposal asks24 = demo07.toBuilder().compute(Compute.builder().accelerator(c.getAccelerator()).quantity(24)
                .months(c.getMonths()).workload(c.getWorkload()).independence(c.getIndependence()).build()).build();

        WhatIf whatIf = explain(asks24);

        ProgrammeWhatIf p01 = whatIf.programme("P01").orElseThrow();
        assertThat(p01.now()).isNull(); // serves COMPUTE, not recommended
        assertThat(p01.changes()).contains(new Change("compute.quantity", Variant.Kind.SET, 24, List.of(16),
                Change.Bound.AT_MOST));
        // 24 GPUs for an SME is P02 ELIGIBLE: nothing to suggest there.
        assertThat(whatIf.programme("P02")).isEmpty();
        assertThat(explain(demo07).programme("P01")).isEmpty();
    }

    @Test
    void a_small_power_site_names_the_10_mw_line_and_pretraining_names_the_line_it_must_pass() {
        Proposal lgUplus = DemoProposals.number(12); // LARGE, POWER_SITE 45 MW: P12 ELIGIBLE
        Infra i = lgUplus.getInfra();
        Proposal small = lgUplus.toBuilder().infra(Infra.builder().powerMw(new BigDecimal("5"))
                .siteRegion(i.getSiteRegion()).spectrum(i.getSpectrum()).build()).build();

        ProgrammeWhatIf p12 = explain(small).programme("P12").orElseThrow();

        assertThat(p12.now()).isEqualTo(Eligibility.CONDITIONAL);
        assertThat(p12.changes()).contains(new Change("infra.powerMw", Variant.Kind.SET, new BigDecimal("5"),
                List.of(BigDecimal.TEN), Change.Bound.AT_LEAST));
        assertThat(explain(lgUplus).programme("P12")).isEmpty();
    }

    @Test
    void every_suggested_change_routes_to_eligible_when_made() {
        // The explanation is only as good as its claim: make each change and route it once more.
        for (Proposal p : DemoProposals.all()) {
            WhatIf whatIf = explain(p);
            List<Variant> variants = ProposalVariants.of(p, THRESHOLDS);
            for (ProgrammeWhatIf programme : whatIf.programmes()) {
                for (Change change : programme.changes()) {
                    Object wanted = change.to().get(0);
                    Variant made = variants.stream().filter(v -> v.path().equals(change.path())
                            && v.kind() == change.kind() && matches(v.to(), wanted, change.bound()))
                            .findFirst().orElseThrow(() -> new AssertionError(p.getExternalRef() + " " + change));
                    assertThat(DemoProposals.ROUTER.route(made.proposal()).recommendation(programme.programme())
                            .map(r -> r.eligibility())).as(p.getExternalRef() + " " + programme.programme() + " " + change)
                            .contains(Eligibility.ELIGIBLE);
                }
            }
        }
    }

    private static boolean matches(Object variantValue, Object wanted, Change.Bound bound) {
        if (!(wanted instanceof Number w)) {
            return variantValue.equals(wanted);
        }
        BigDecimal v = Numbers.decimal(variantValue);
        BigDecimal t = Numbers.decimal(w);
        return switch (bound) {
            case AT_MOST, AT_LEAST -> v.compareTo(t) == 0;
            case BELOW -> v.compareTo(t) < 0 && v.compareTo(t.subtract(BigDecimal.ONE)) >= 0;
            case ABOVE -> v.compareTo(t) > 0 && v.compareTo(t.add(BigDecimal.ONE)) <= 0;
            case ONE_OF -> false;
        };
    }

    @Test
    void a_proposal_the_rules_fail_on_is_not_explained_and_its_variants_are_not_invented() {
        Proposal noCompute = DemoProposals.number(5); // LG AI연구원: ECOSYSTEM only, no compute block
        assertThat(ProposalVariants.of(noCompute, THRESHOLDS)).noneMatch(v -> v.path().startsWith("compute."));
        assertThat(ProposalVariants.of(noCompute, THRESHOLDS)).noneMatch(v -> v.path().equals("company.smeLike"));
    }

    @Test
    void a_ruleset_with_hundreds_of_lines_on_one_field_tries_only_the_nearest_ones() {
        java.util.SortedSet<BigDecimal> many = new java.util.TreeSet<>();
        for (int i = 1; i <= 500; i++) {
            many.add(BigDecimal.valueOf(i * 10L));
        }
        RuleThresholds crowded = new RuleThresholds(new java.util.TreeMap<>(java.util.Map.of("compute.quantity", many)),
                java.util.Map.of());
        Proposal asks24 = DemoProposals.number(7).toBuilder().compute(Compute.builder().quantity(24).months(4).build())
                .build();

        List<Object> tried = ProposalVariants.of(asks24, crowded).stream()
                .filter(v -> v.path().equals("compute.quantity")).map(Variant::to).toList();

        assertThat(tried).hasSizeLessThanOrEqualTo(3 * ProposalVariants.THRESHOLDS_PER_FIELD)
                .contains(19, 20, 21, 29, 30, 31).doesNotContain(4_999, 5_000);
    }

    @Test
    void a_rule_failing_on_the_proposal_explains_nothing_and_a_rule_failing_on_a_variant_only_drops_that_variant() {
        java.util.Map<String, String> files = new java.util.TreeMap<>(DemoProposals.SHIPPED.files());
        files.put("boom.drl", """
                package kr.oneteam.rules.policy;
                import kr.oneteam.rules.fact.*;
                rule "R-TST-01 fails on 17 GPUs"
                when
                    Proposal(compute != null, $gpus : compute.quantity)
                then
                    int share = 100 / ($gpus - 17);
                end
                """);
        kr.oneteam.rules.Compilation compiled = kr.oneteam.rules.RoutingEngine.compile(
                kr.oneteam.rules.RulesetContent.of("boom", files));
        assertThat(compiled.problems()).isEmpty();
        Proposal demo07 = DemoProposals.number(7);

        WhatIf failing = Counterfactuals.explain(compiled.router(), THRESHOLDS, DemoFacts24.asking(demo07, 17));
        assertThat(failing.routingFailed()).isTrue();
        assertThat(failing.programmes()).isEmpty();

        // 20 GPUs routes; its variant at 17 (16 + 1) fails and is dropped, the one at 16 still says "at most 16".
        WhatIf fine = Counterfactuals.explain(compiled.router(), THRESHOLDS, DemoFacts24.asking(demo07, 20));
        assertThat(fine.routingFailed()).isFalse();
        assertThat(fine.programme("P01").orElseThrow().changes()).contains(new Change("compute.quantity",
                Variant.Kind.SET, 20, List.of(16), Change.Bound.AT_MOST));
    }

    /** The proposal asking for other GPUs, all else as it is. */
    private static final class DemoFacts24 {
        static Proposal asking(Proposal p, int gpus) {
            Compute c = p.getCompute();
            return p.toBuilder().compute(Compute.builder().accelerator(c.getAccelerator()).quantity(gpus)
                    .months(c.getMonths()).workload(c.getWorkload()).independence(c.getIndependence()).build()).build();
        }
    }
}
