package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;

/**
 * Single calls leave their facts in a session that keeps its tables and reset it every few hundred calls, instead of
 * deleting them after each call (decision record 046). These tests hold that to sessions that hold nothing (the
 * facts deleted after each call, and sessions reset after each call): the same answers, also when a proposal comes
 * again while its earlier facts are still held; rules that could join two proposals' facts, or facts that carry
 * another proposal's id, are found and routed without holding; limits and failures stay per call; the held facts
 * stay bounded.
 */
class HeldFactsAgreeWithCleanSessionsTest {

    private static CompiledRuleset shipped() {
        RulesetFiles files = RulesetFiles.fromClasspath();
        RulesetCompiler.Compiled c = RulesetCompiler.compileGuarded(files);
        assertThat(c.problems()).isEmpty();
        return ruleset(c, files);
    }

    /** The shipped ruleset and one more file, built without the guard (some of these rules it would refuse). */
    private static CompiledRuleset shippedWith(String name, String drl) {
        Map<String, String> all = new TreeMap<>(RulesetFiles.fromClasspath().files());
        all.put(name, RulesDirectory.HEADER + drl);
        RulesetFiles files = new RulesetFiles("test", new TreeMap<>(all), new ArrayList<>());
        RulesetCompiler.Compiled c = RulesetCompiler.compile(files);
        assertThat(c.problems()).isEmpty();
        return ruleset(c, files);
    }

    private static CompiledRuleset ruleset(RulesetCompiler.Compiled c, RulesetFiles files) {
        return new CompiledRuleset(c.kieBase(), new ActiveRuleset(files.hash(), files.source(), Instant.now(),
                c.ruleCount(), files.files()));
    }

    /** Routes each proposal alone on both rulesets, in order; the differences, described. */
    private static List<String> differences(CompiledRuleset a, CompiledRuleset b, List<Proposal> calls) {
        List<String> differences = new ArrayList<>();
        for (Proposal p : calls) {
            RoutedProposal x = a.route(List.of(p)).get(0);
            RoutedProposal y = b.route(List.of(p)).get(0);
            if (!x.equals(y)) {
                differences.add(p + "\n  held:  " + x + "\n  clean: " + y);
            }
        }
        return differences;
    }

    @Test
    void the_shipped_ruleset_keeps_proposals_apart_and_holds_single_calls_facts() {
        CompiledRuleset held = shipped();
        held.route(List.of(new RandomProposals(1L).next(1L)));
        assertThat(held.holdsFacts()).isTrue();
        assertThat(held.withFactsDeleted().holdsFacts()).isFalse();
    }

    @Test
    void single_calls_answer_as_sessions_that_hold_nothing_also_when_a_proposal_comes_again() {
        CompiledRuleset held = shipped();
        CompiledRuleset deleted = held.withFactsDeleted();
        CompiledRuleset reset = held.withSessionsReset();
        List<Proposal> pool = new RandomProposals(20261202L).next(400, 1);
        Random random = new Random(46);
        List<Proposal> calls = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Proposal p = pool.get(random.nextInt(pool.size()));
            calls.add(p);
            if (random.nextInt(10) == 0) {
                calls.add(p); // the same proposal twice in a row: its facts from the first call are still held
            }
            if (random.nextInt(20) == 0) {
                // the same id with other content: nothing of the earlier proposal with that id may join it
                calls.add(new RandomProposals(i).next(1, p.getId()).get(0));
            }
        }
        List<String> diff = differences(held, deleted, calls);
        assertThat(diff).as(String.join("\n", diff.subList(0, Math.min(3, diff.size())))).isEmpty();
        diff = differences(held, reset, calls);
        assertThat(diff).as(String.join("\n", diff.subList(0, Math.min(3, diff.size())))).isEmpty();
        assertThat(held.holdsFacts()).isTrue();
        for (Proposal p : pool.subList(0, 100)) {
            assertThat(held.route(List.of(p)).get(0)).isEqualTo(PlainJavaPolicy.route(p, held.metadata().hash()));
        }
    }

    @Test
    void rules_that_could_join_two_proposals_facts_route_without_holding() {
        // Each rule would see the earlier calls' facts in a session that holds them.
        Map<String, String> joining = Map.of(
                "two proposals", """
                        rule "R-TST-90 another proposal with this title"
                        when
                            Proposal($id : id, $t : title)
                            Proposal(id != $id, title == $t)
                        then
                            insert(Flag.onProposal($id, "R-TST-90", "같은 제목"));
                        end
                        """,
                "not on another proposal's facts", """
                        rule "R-TST-91 the only proposal with a contribution"
                        when
                            Proposal($id : id)
                            not Contribution(proposalId != $id)
                        then
                            insert(Flag.onProposal($id, "R-TST-91", "유일"));
                        end
                        """,
                "accumulate over every proposal's contributions", """
                        rule "R-TST-92 contributions so far"
                        when
                            Proposal($id : id)
                            accumulate(Contribution(); $n : count(); $n > 3)
                        then
                            insert(Flag.onProposal($id, "R-TST-92", "많음"));
                        end
                        """);
        List<Proposal> calls = new RandomProposals(3L).next(200, 1);
        List<Proposal> sameTitle = new ArrayList<>();
        for (Proposal p : calls) {
            sameTitle.add(p.toBuilder().title("같은 과제").build());
        }
        for (Map.Entry<String, String> rule : joining.entrySet()) {
            CompiledRuleset held = shippedWith("zz-join.drl", rule.getValue());
            held.route(List.of(calls.get(0)));
            assertThat(held.holdsFacts()).as(rule.getKey()).isFalse();
            List<String> diff = differences(held, held.withSessionsReset(), sameTitle);
            assertThat(diff).as(rule.getKey() + "\n" + String.join("\n", diff.subList(0, Math.min(2, diff.size())))).isEmpty();
        }
    }

    @Test
    void a_fact_with_another_proposals_id_stops_holding_and_the_call_is_routed_again() {
        // Passes the rules' check (every pattern is joined on the proposal id) but inserts a contribution for the
        // next proposal id: held, it would make the next call's proposal served by P01 and drop its backlog entry.
        CompiledRuleset held = shippedWith("zz-next.drl", """
                rule "R-TST-93 a contribution for the next proposal"
                when
                    Proposal($id : id)
                then
                    insert(new Contribution($id + 1, "P01", Eligibility.ELIGIBLE, "R-TST-93", "다음"));
                end
                """);
        List<Proposal> calls = new ArrayList<>();
        for (Proposal p : new RandomProposals(11L).next(300, 1)) {
            calls.add(p.toBuilder().categories(java.util.Set.of(Category.COMPUTE)).build());
        }
        List<String> diff = differences(held, held.withSessionsReset(), calls);
        assertThat(diff).as(String.join("\n", diff.subList(0, Math.min(2, diff.size())))).isEmpty();
        assertThat(held.holdsFacts()).isFalse();
    }

    @Test
    void a_table_fact_inserted_by_a_proposal_rule_stops_holding() {
        // A served-by row inserted for one proposal would serve every later one's category while held.
        CompiledRuleset held = shippedWith("zz-table.drl", """
                rule "R-TST-94 a proposal with this title makes P14 serve spectrum"
                when
                    Proposal($id : id, title == "표")
                then
                    insert(new ServedBy(Category.SPECTRUM, "P14"));
                end
                """);
        List<Proposal> calls = new ArrayList<>(new RandomProposals(12L).next(300, 1));
        calls.set(10, calls.get(10).toBuilder().title("표").build());
        List<String> diff = differences(held, held.withSessionsReset(), calls);
        assertThat(diff).as(String.join("\n", diff.subList(0, Math.min(2, diff.size())))).isEmpty();
        assertThat(held.holdsFacts()).isFalse();
    }

    @Test
    void a_subclass_of_a_table_class_inserted_by_a_proposal_rule_stops_holding() {
        // Larger caps for one proposal, carrying its id: held, R-CMP-01's Caps(…) pattern (a table pattern, joined on
        // nothing) would also see them on every later call. (The guard refuses "extends"; unguarded, the call is caught
        // by the instance check and, failing that, by the held proposals' ids on what the new caps derive.)
        CompiledRuleset held = shippedWith("zz-caps.drl", """
                declare LargerCaps extends Caps
                    proposalId : long
                end

                rule "R-TST-95 larger caps for one title"
                when
                    Proposal($id : id, title == "큰")
                then
                    LargerCaps caps = new LargerCaps();
                    caps.setP01MaxGpus(1000);
                    caps.setProposalId($id);
                    insert(caps);
                end
                """);
        List<Proposal> calls = new ArrayList<>(new RandomProposals(16L).next(300, 1));
        calls.set(5, calls.get(5).toBuilder().title("큰").build());
        List<String> diff = differences(held, held.withSessionsReset(), calls);
        assertThat(diff).as(String.join("\n", diff.subList(0, Math.min(2, diff.size())))).isEmpty();
        assertThat(held.holdsFacts()).isFalse();
    }

    @Test
    void limits_count_per_call_and_a_failing_call_drops_what_its_session_held() {
        // 1 firing per proposal + 1,000: a held session passes far more firings than that over 2,000 calls.
        CompiledRuleset tight = shipped().withLimits(new EvaluationLimits(1, Duration.ofSeconds(5), Duration.ofMillis(5)));
        List<Proposal> proposals = new RandomProposals(13L).next(2_000, 1);
        for (Proposal p : proposals) {
            assertThat(tight.route(List.of(p)).get(0).failed()).isFalse();
        }
        assertThat(tight.holdsFacts()).isTrue();

        CompiledRuleset boom = shippedWith("zz-boom.drl", RuleFailureContainmentTest.FAILS_ON_TITLE.substring(
                RuleFailureContainmentTest.FAILS_ON_TITLE.indexOf("rule ")));
        List<Proposal> calls = new ArrayList<>(new RandomProposals(14L).next(400, 1));
        for (int i = 50; i < calls.size(); i += 50) {
            calls.set(i, calls.get(i).toBuilder().title("boom").build());
        }
        CompiledRuleset reset = boom.withSessionsReset();
        for (Proposal p : calls) {
            RoutedProposal one = boom.route(List.of(p)).get(0);
            assertThat(one.failed()).isEqualTo(p.getTitle().equals("boom"));
            assertThat(one).isEqualTo(reset.route(List.of(p)).get(0));
        }
        assertThat(boom.holdsFacts()).isTrue();
    }

    @Test
    void a_session_holds_at_most_its_tables_and_a_bounded_number_of_facts() {
        CompiledRuleset held = shipped();
        long most = 0;
        for (Proposal p : new RandomProposals(15L).next(3_000, 1)) {
            held.route(List.of(p));
            most = Math.max(most, held.mostFactsHeld());
        }
        assertThat(most).isGreaterThan(CompiledRuleset.HELD_FACTS / 2)
                .isLessThanOrEqualTo(CompiledRuleset.HELD_FACTS + EvaluationWatch.INSERTS_PER_PROPOSAL + 1_001);
    }
}
