package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.guard.CollectedOutcomes;
import kr.oneteam.rules.guard.GuardReport;
import kr.oneteam.rules.guard.ParsedDrl;
import org.drools.drl.ast.descr.RuleDescr;
import org.junit.jupiter.api.Test;

/**
 * Outcomes no rule reads are collected instead of inserted (decision record 043): the guard rewrites exactly those
 * {@code insert}s, and nothing an analyst, an officer or the gate sees changes — the routing, the firings per rule
 * (coverage, explanations) and the insert limit are the same as with every outcome inserted.
 */
class CollectedOutcomesTest {

    private static RulesetFiles withFile(String name, String drl) {
        TreeMap<String, String> files = new TreeMap<>(RulesetFiles.fromClasspath().files());
        files.put(name, drl);
        return new RulesetFiles("test", files, new ArrayList<>());
    }

    private static CompiledRuleset ruleset(RulesetCompiler.Compiled c, RulesetFiles files) {
        assertThat(c.problems()).isEmpty();
        return new CompiledRuleset(c.kieBase(), new ActiveRuleset(files.hash(), files.source(), Instant.now(),
                c.ruleCount(), files.files()));
    }

    private static String consequence(GuardReport report, String ruleStart) {
        for (ParsedDrl drl : report.parsed()) {
            for (RuleDescr rule : drl.descr().getRules()) {
                if (rule.getName().startsWith(ruleStart)) {
                    return (String) rule.getConsequence();
                }
            }
        }
        throw new AssertionError("no rule " + ruleStart);
    }

    @Test
    void the_shipped_policy_collects_the_four_outcome_types_no_rule_matches_and_keeps_inserting_the_others() {
        RulesetFiles shipped = RulesetFiles.fromClasspath();
        GuardReport report = RulesetGuard.report(shipped);
        assertThat(report.findings()).isEmpty();
        assertThat(report.collected()).containsExactly("Flag", "Grant", "Note", "ScoreBonus");

        String p01 = consequence(report, "R-CMP-01 small GPU request by");
        assertThat(p01).contains("insert(new Contribution($id, \"P01\"")
                .contains(CollectedOutcomes.GLOBAL + ".accept(Grant.gpus($id, \"P01\"")
                .contains(CollectedOutcomes.GLOBAL + ".accept(new Note($id, \"P01\"")
                .doesNotContain("insert(Grant").doesNotContain("insert(new Note");
        // Only the name changed, at its place: the text reads back to the analyst's, line for line.
        assertThat(shipped.files().get("p01-hpc-cloud.drl"))
                .contains(p01.replace(CollectedOutcomes.GLOBAL + ".accept", "insert"));
        assertThat(p01.lines().count()).isEqualTo(p01.replace(CollectedOutcomes.GLOBAL + ".accept", "insert").lines().count());
        assertThat(consequence(report, "R-BKL-01 a programme serves")).contains("insert(new Served(");
        assertThat(consequence(report, "R-SCR-01")).contains(CollectedOutcomes.GLOBAL + ".accept(ScoreBonus.onProposal(");
        // Each package that collects declares the global once.
        assertThat(report.parsed().stream().flatMap(d -> d.descr().getGlobals().stream())
                .filter(g -> g.getIdentifier().equals(CollectedOutcomes.GLOBAL))).hasSize(1);
    }

    @Test
    void a_type_some_rule_matches_is_inserted_and_so_is_everything_under_a_matched_supertype() {
        String readsNotes = RulesDirectory.HEADER + """

                rule "R-TST-01 a noted GPU request gets a flag"
                when
                    Proposal($id : id)
                    Note(proposalId == $id, programme == "P01")
                then
                    insert(Flag.onProposal($id, "R-TST-01", "noted"));
                end
                """;
        GuardReport notes = RulesetGuard.report(withFile("zz-notes.drl", readsNotes));
        assertThat(notes.findings()).isEmpty();
        assertThat(notes.collected()).containsExactly("Flag", "Grant", "ScoreBonus");
        assertThat(consequence(notes, "R-CMP-01 small GPU request by")).contains("insert(new Note(");

        String readsOutcomes = RulesDirectory.HEADER + """

                rule "R-TST-02 anything recorded"
                when
                    Proposal($id : id)
                    exists(Outcome(proposalId == $id, rule == "R-LAW-02"))
                then
                    insert(new Contribution($id, "P14", Eligibility.CONDITIONAL, "R-TST-02", "x"));
                end
                """;
        GuardReport outcomes = RulesetGuard.report(withFile("zz-outcomes.drl", readsOutcomes));
        assertThat(outcomes.findings()).isEmpty();
        assertThat(outcomes.collected()).isEmpty();
        assertThat(outcomes.parsed().stream().flatMap(d -> d.descr().getGlobals().stream())).isEmpty();
    }

    @Test
    void the_rewrite_finds_each_insert_at_its_place_with_tabs_windows_line_ends_and_two_inserts_on_a_line() {
        String drl = (RulesDirectory.HEADER + """

                rule "R-TST-03 two on a line"
                when
                    Proposal($id : id, company.venture)
                then
                \tint points = 1;\tinsert(new Contribution($id, "P14", Eligibility.CONDITIONAL, "R-TST-03", "insert(x)")); insert(ScoreBonus.onProposal($id, "R-TST-03", points));
                \t\tinsert(Flag.onProposal($id, "R-TST-03", "insert(new Flag"));  // insert(…) in a comment
                end
                """).replace("\n", "\r\n");
        GuardReport report = RulesetGuard.report(withFile("zz-tabs.drl", drl));
        assertThat(report.findings()).isEmpty();
        String rewritten = consequence(report, "R-TST-03");
        String call = CollectedOutcomes.GLOBAL + ".accept";
        assertThat(rewritten).contains("\tinsert(new Contribution($id, \"P14\", Eligibility.CONDITIONAL, \"R-TST-03\", "
                + "\"insert(x)\")); " + call + "(ScoreBonus.onProposal($id, \"R-TST-03\", points));")
                .contains("\t\t" + call + "(Flag.onProposal($id, \"R-TST-03\", \"insert(new Flag\"));  // insert(…) in a comment");
        // Nothing but the two names changed: put back, the consequence is the file's text.
        assertThat(drl).contains(rewritten.replace(call, "insert"));
    }

    @Test
    void a_refused_ruleset_is_not_rewritten() {
        String evil = RulesetGuardTest.rule("", "System.exit(1);");
        GuardReport report = RulesetGuard.report(withFile("evil.drl", evil));
        assertThat(report.findings()).isNotEmpty();
        assertThat(report.collected()).isEmpty();
        assertThat(consequence(report, "R-SCR-01")).contains("insert(ScoreBonus.onProposal(");
    }

    @Test
    void collected_and_inserted_outcomes_route_alike_and_fire_the_same_rules_in_batches_and_one_by_one() {
        RulesetFiles shipped = RulesetFiles.fromClasspath();
        CompiledRuleset collected = ruleset(RulesetCompiler.compileGuarded(shipped), shipped);
        CompiledRuleset inserted = ruleset(RulesetCompiler.compile(shipped), shipped);
        List<Proposal> proposals = new RandomProposals(43L).next(3_000, 1);

        assertThat(collected.route(proposals)).isEqualTo(inserted.route(proposals));
        for (Proposal p : proposals.subList(0, 500)) {
            assertThat(collected.route(List.of(p))).as("proposal " + p.getId()).isEqualTo(inserted.route(List.of(p)));
        }
        CompiledRuleset.Recorded a = collected.routeRecording(proposals);
        CompiledRuleset.Recorded b = inserted.routeRecording(proposals);
        assertThat(a.routed()).isEqualTo(b.routed());
        assertThat(a.firedRules()).isEqualTo(b.firedRules());
        Map<String, Integer> firings = collected.firingsByRule(proposals);
        assertThat(firings).isEqualTo(inserted.firingsByRule(proposals));
        assertThat(firings.get("R-SCR-01 base score 50")).isEqualTo(proposals.size());
    }

    @Test
    void collected_outcomes_count_for_the_insert_limit() {
        StringBuilder drl = new StringBuilder(RulesDirectory.HEADER);
        for (int r = 0; r < 12; r++) {
            drl.append("\nrule \"R-TST-").append(10 + r).append(" many flags\"\nwhen\n    Proposal($id : id)\nthen\n");
            for (int i = 0; i < 99; i++) {
                drl.append("    insert(Flag.onProposal($id, \"R-TST-").append(10 + r).append("\", \"f").append(i).append("\"));\n");
            }
            drl.append("end\n");
        }
        RulesetFiles files = withFile("zz-flags.drl", drl.toString());
        GuardReport report = RulesetGuard.report(files);
        assertThat(report.findings()).isEmpty();
        assertThat(report.collected()).contains("Flag");
        CompiledRuleset collected = ruleset(RulesetCompiler.compile(report.parsed()), files);
        CompiledRuleset inserted = ruleset(RulesetCompiler.compile(files), files);
        Proposal p = new RandomProposals(7L).next(1, 1).get(0);
        for (CompiledRuleset ruleset : List.of(collected, inserted)) {
            RoutedProposal routed = ruleset.route(List.of(p)).get(0);
            assertThat(routed.failed()).isTrue();
            assertThat(routed.failure().message()).contains("inserted more than " + EvaluationWatch.INSERTS_PER_PROPOSAL);
        }
    }
}
