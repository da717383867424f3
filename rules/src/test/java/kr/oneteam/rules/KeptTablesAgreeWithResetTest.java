package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;

/**
 * Routing keeps the table facts (served-by rows, caps) in its pooled sessions and deletes only what an evaluation
 * inserted, for evaluations of one proposal (decision record 041). These tests hold that to the sessions that are
 * reset after every evaluation: the same answers for the same proposals, one at a time and mixed with batches, over
 * many reuses of the same sessions — and
 * that a ruleset whose condition-less rules record outcomes is not routed that way.
 */
class KeptTablesAgreeWithResetTest {

    /** The shipped ruleset as it routes: guarded, outcomes no rule reads collected (decision record 043). */
    private static CompiledRuleset shipped() {
        RulesetFiles files = RulesetFiles.fromClasspath();
        RulesetCompiler.Compiled c = RulesetCompiler.compileGuarded(files);
        assertThat(c.problems()).isEmpty();
        return new CompiledRuleset(c.kieBase(), new ActiveRuleset(files.hash(), files.source(), Instant.now(),
                c.ruleCount(), files.files()));
    }

    private static CompiledRuleset compiled(RulesetFiles files) {
        RulesetCompiler.Compiled c = RulesetCompiler.compile(files);
        assertThat(c.problems()).isEmpty();
        return new CompiledRuleset(c.kieBase(), new ActiveRuleset(files.hash(), files.source(), Instant.now(),
                c.ruleCount(), files.files()));
    }

    @Test
    void one_call_per_proposal_answers_as_a_reset_session_does_over_3000_reuses() {
        CompiledRuleset kept = shipped();
        CompiledRuleset reset = kept.withSessionsReset();
        List<Proposal> proposals = new RandomProposals(20261202L).next(3_000, 1);
        List<String> differences = new ArrayList<>();
        for (Proposal p : proposals) {
            RoutedProposal a = kept.route(List.of(p)).get(0);
            RoutedProposal b = reset.route(List.of(p)).get(0);
            if (!a.equals(b)) {
                differences.add(p + "\n  kept:  " + a + "\n  reset: " + b);
            }
        }
        assertThat(differences).as(String.join("\n", differences.subList(0, Math.min(3, differences.size())))).isEmpty();
    }

    @Test
    void batches_answer_as_reset_sessions_do_and_agree_with_plain_java() {
        CompiledRuleset kept = shipped();
        CompiledRuleset reset = kept.withSessionsReset();
        List<Proposal> proposals = new RandomProposals(7L).next(2_500, 1);
        for (int round = 0; round < 3; round++) {
            // 2,500 proposals are three evaluations (1,000 + 1,000 + 500); between the rounds, single calls reuse the
            // sessions that keep their tables.
            for (int i = 0; i < 50; i++) {
                assertThat(kept.route(List.of(proposals.get(i)))).isEqualTo(reset.route(List.of(proposals.get(i))));
            }
            List<RoutedProposal> a = kept.route(proposals);
            List<RoutedProposal> b = reset.route(proposals);
            assertThat(a).isEqualTo(b);
            for (int i = 0; i < proposals.size(); i++) {
                assertThat(a.get(i)).isEqualTo(PlainJavaPolicy.route(proposals.get(i), a.get(i).rulesetHash()));
            }
        }
        // And single calls after the batches, on the same sessions.
        for (int i = 0; i < 200; i++) {
            assertThat(kept.route(List.of(proposals.get(i)))).isEqualTo(reset.route(List.of(proposals.get(i))));
        }
    }

    @Test
    void a_failing_proposal_between_good_ones_leaves_the_kept_session_clean() {
        RulesetFiles files = RulesetFiles.fromClasspath();
        Map<String, String> withBoom = new TreeMap<>(files.files());
        withBoom.put("boom.drl", RulesDirectory.HEADER + """

                rule "R-TST-99 fails on one title"
                when
                    Proposal($id : id, title == "boom", $q : compute.quantity)
                then
                    insert(new Note($id, "P01", "R-TST-99", "q " + $q));
                end
                """);
        CompiledRuleset kept = compiled(new RulesetFiles("test", new TreeMap<>(withBoom), new ArrayList<>()));
        CompiledRuleset reset = kept.withSessionsReset();
        List<Proposal> proposals = new ArrayList<>(new RandomProposals(99L).next(300, 1));
        // compute is null here, so reading compute.quantity fails on this proposal only
        proposals.set(150, proposals.get(150).toBuilder().title("boom").compute(null).build());
        List<RoutedProposal> a = kept.route(proposals);
        assertThat(a.get(150).failed()).isTrue();
        assertThat(a).isEqualTo(reset.route(proposals));
        // One call at a time across the failing proposal: it fails alone, its session is dropped, the next calls agree.
        for (Proposal p : proposals.subList(100, 200)) {
            RoutedProposal one = kept.route(List.of(p)).get(0);
            assertThat(one.failed()).isEqualTo(p.getTitle().equals("boom"));
            assertThat(one).isEqualTo(reset.route(List.of(p)).get(0));
        }
    }

    @Test
    void a_condition_less_rule_that_records_an_outcome_is_routed_with_reset_sessions() {
        RulesetFiles files = RulesetFiles.fromClasspath();
        Map<String, String> withOutcome = new TreeMap<>(files.files());
        withOutcome.put("always.drl", RulesDirectory.HEADER + """

                rule "R-TST-98 a flag on proposal 1, whatever is routed"
                when
                then
                    insert(Flag.onProposal(1L, "R-TST-98", "항상"));
                end
                """);
        CompiledRuleset kept = compiled(new RulesetFiles("test", new TreeMap<>(withOutcome), new ArrayList<>()));
        CompiledRuleset reset = kept.withSessionsReset();
        List<Proposal> proposals = new RandomProposals(5L).next(3, 1);
        for (int i = 0; i < 3; i++) {
            RoutedProposal first = kept.route(List.of(proposals.get(0))).get(0);
            assertThat(first).isEqualTo(reset.route(List.of(proposals.get(0))).get(0));
            assertThat(first.recommendations()).allSatisfy(r -> assertThat(r.flags()).contains("항상"));
        }
    }
}
