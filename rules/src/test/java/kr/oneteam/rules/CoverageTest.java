package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule must fire in some scenario; the engine counts, for stored proposals, how many each rule fired on. */
class CoverageTest {

    @TempDir
    Path dir;

    @Test
    void a_ruleset_with_a_rule_no_scenario_fires_is_refused_naming_the_rule_and_the_old_version_serves() {
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            String serving = engine.active().hash();
            rules.write("p16-talent.drl", RulesDirectory.P16);

            ActivationResult result = engine.reload();

            assertThat(result.activated()).isFalse();
            // The served-by row is a rule without conditions: it fires in every evaluation, so every case covers it.
            assertThat(result.problems()).extracting(RulesetProblem::toString).containsExactly(
                    "p16-talent.drl:9:6 rule \"R-TAL-01 talent request → P16\" fires in no scenario: add a row to a "
                            + "file in scenarios/ where it fires (and one where it just misses)");
            assertThat(engine.active().hash()).isEqualTo(serving);

            rules.write("scenarios/p16-talent.csv", RulesDirectory.P16_SCENARIOS);
            assertThat(engine.reload().activated()).isTrue();
        }
    }

    @Test
    void the_gate_lists_for_each_rule_the_cases_that_fire_it() {
        RulesetGate.Verdict verdict = RulesetGate.admit(RulesetFiles.fromClasspath());

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.coverage()).hasSize(49).allMatch(RuleCoverage::covered);
        assertThat(verdict.coverage()).filteredOn(c -> c.rule().startsWith("R-CMP-04 pre-training that fine-tunes"))
                .singleElement().satisfies(c -> {
                    assertThat(c.file()).isEqualTo("p04-foundation-model.drl");
                    assertThat(c.scenarios()).singleElement().asString()
                            .startsWith("scenarios/compute.csv:").contains("R-CMP-04 ineligible");
                });
    }

    @Test
    void firings_by_rule_count_the_proposals_each_rule_fired_on() {
        List<Proposal> proposals = new ArrayList<>(new RandomProposals(7).next(2_500, 1));
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.defaults())) {
            Map<String, Integer> firings = engine.firingsByRule(proposals);

            assertThat(firings).hasSize(49);
            assertThat(firings.get("R-SCR-01 base score 50")).isEqualTo(2_500);
            // A table rule fires once per evaluation and applies to every proposal.
            assertThat(firings.get("R-BKL-01 served-by table: which programmes serve each category")).isEqualTo(2_500);
            long smeLike = proposals.stream().filter(p -> p.getCompany().isSmeLike() || p.getCompany().isVenture()).count();
            assertThat(firings.get("R-SCR-02 SME-like or venture company +10")).isEqualTo((int) smeLike);
            long youth = proposals.stream().filter(p -> p.getCompany().isYouthFounded()).count();
            assertThat(firings.get("R-SCR-03 youth-founded company +5")).isEqualTo((int) youth);
            List<RoutedProposal> routed = engine.routeAll(proposals);
            long withP10 = routed.stream().filter(r -> r.recommendation("P10").isPresent()).count();
            assertThat(firings.get("R-DAT-02 medical data → P10")).isEqualTo((int) withP10);
        }
    }
}
