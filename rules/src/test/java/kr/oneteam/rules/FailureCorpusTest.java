package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.oneteam.rules.check.RulesCheckCommand;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure corpus of issue 7, case by case: each is refused by the guard (and never runs, not even in
 * {@code rules check}) or contained by the limits (the proposals it hits fail alone, naming the rule), and the
 * version that was serving keeps serving.
 */
class FailureCorpusTest {

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private RulesDirectory rules;
    private RoutingEngine engine;
    private String serving;

    @BeforeEach
    void start() {
        rules = RulesDirectory.copyOfShipped(dir);
        engine = RoutingEngine.start(RulesConfig.unwatched(dir));
        serving = engine.active().hash();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static String rule(String name, String when, String then) {
        return RulesDirectory.HEADER + "\nrule \"" + name + "\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    /** Saves the file, reloads, and checks that it was refused at the file's line and the old version serves. */
    private List<RulesetProblem> refused(String file, String drl, int line) {
        rules.write(file, drl);
        ActivationResult result = engine.reload();

        assertThat(result.activated()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
        });
        assertThat(engine.active().hash()).isEqualTo(serving);
        assertThat(engine.route(Proposals.smeAsking(1, 8)).recommendation("P01")).isPresent();
        return result.problems();
    }

    private List<String> check() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = RulesCheckCommand.run(new String[] {"check", "--dir", dir.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void a_formatter_that_would_overwrite_a_file_is_refused_and_writes_nothing_not_even_in_rules_check() {
        Path target = outside.resolve("owned.txt");
        String drl = rule("R-TST-01 formatter", "Proposal($id : id)",
                "new java.util.Formatter(\"" + target + "\").format(\"x\").close();");

        List<RulesetProblem> problems = refused("zz-formatter.drl", drl, 11);
        List<String> checked = check();

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("new java.util.Formatter(…) is not allowed"));
        assertThat(checked).anySatisfy(l -> assertThat(l).startsWith("FAIL zz-formatter.drl:11:"));
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void an_endless_loop_guarded_by_a_title_is_refused_though_every_scenario_would_pass() {
        String drl = rule("R-TST-01 loops for one title", "Proposal($id : id, title == \"hang\")", "while (true) { }");

        refused("zz-loop.drl", drl, 11);
        assertThat(check()).anySatisfy(l -> assertThat(l).startsWith("FAIL zz-loop.drl:11:5 loops are not allowed"));
    }

    @Test
    void a_huge_for_is_refused() {
        String drl = rule("R-TST-01 huge for", "Proposal($id : id)",
                "for (long i = 0; i < 4000000000L; i++) { insert(new Note($id, \"P01\", \"R-TST-01\", \"x\")); }");

        refused("zz-for.drl", drl, 11);
    }

    @Test
    void recursion_through_a_function_is_refused_where_the_function_is_declared() {
        String drl = RulesDirectory.HEADER + """

                function int down(int n) { return down(n + 1); }

                rule "R-TST-01 recursion"
                when
                    Proposal($id : id)
                then
                    insert(new ScoreBonus($id, "P01", "R-TST-01", down(1)));
                end
                """;

        List<RulesetProblem> problems = refused("zz-recursion.drl", drl, 7);

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).startsWith("functions are not allowed"));
        assertThat(problems).anySatisfy(p -> assertThat(p.line()).isEqualTo(13));
    }

    @Test
    void a_huge_array_is_refused() {
        String drl = rule("R-TST-01 huge array", "Proposal($id : id)", "long[] memory = new long[1900000000];");

        refused("zz-array.drl", drl, 11);
    }

    @Test
    void a_throw_for_some_data_is_refused() {
        String drl = rule("R-TST-01 throws for one title", "Proposal($id : id, $t : title)",
                "if ($t.equals(\"boom\")) { throw new IllegalStateException(\"boom\"); }");

        List<RulesetProblem> problems = refused("zz-throw.drl", drl, 11);

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).startsWith("throw and try are not allowed"));
    }

    @Test
    void a_condition_that_fails_for_some_data_fails_those_proposals_naming_the_rule_and_the_condition() {
        rules.write("zz-condition.drl", rule("R-TST-01 reads a missing section", "Proposal($id : id, categories "
                + "contains Category.DATA, data.linkage)", "insert(new Note($id, \"P16\", \"R-TST-01\", \"결합\"));"))
                .write("scenarios/zz-condition.csv", """
                        case,description,proposal,expect
                        R-TST-01 fires,,categories=DATA; data.sensitivity=PERSONAL; data.linkage=true,P09 ELIGIBLE; ...
                        """);
        assertThat(engine.reload().activated()).isTrue();
        List<Proposal> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(Proposals.sme(i, kr.oneteam.domain.vocabulary.Category.DATA).build()); // no data section
        }
        batch.add(Proposals.smeAsking(40, 8));

        List<RoutedProposal> routed = engine.routeAll(batch);

        assertThat(routed.subList(0, 40)).allSatisfy(r -> {
            assertThat(r.failed()).isTrue();
            assertThat(r.failure().rule()).isEqualTo("R-TST-01");
            assertThat(r.failure().message()).contains("data.linkage").contains("NullPointerException");
        });
        assertThat(routed.get(40).recommendation("P01")).isPresent();
    }

    @Test
    void a_rule_that_refires_on_its_own_outcome_for_some_data_fails_that_proposal_only() {
        rules.write("zz-refire.drl", RulesDirectory.HEADER + """

                rule "R-TST-01 starts a note"
                when
                    Proposal($id : id, title.startsWith("lo"))
                then
                    insert(new Note($id, "P01", "R-TST-01", "again"));
                end

                rule "R-TST-02 answers a note, again and again for one title"
                when
                    Note($id : proposalId, reason == "again")
                    Proposal(id == $id, $t : title)
                then
                    if ($t.equals("loop")) {
                        insert(new Note($id, "P01", "R-TST-02", "again"));
                    }
                end
                """).write("scenarios/zz-refire.csv", """
                case,description,proposal,expect
                R-TST-01 and R-TST-02 fire once,title lot,categories=COMPUTE; title=lot; compute.quantity=2; compute.months=2,P01 ELIGIBLE
                """);
        assertThat(engine.reload().activated()).isTrue();

        List<RoutedProposal> routed = engine.routeAll(List.of(Proposals.smeAsking(1, 8),
                Proposals.smeAsking(2, 8).toBuilder().title("loop").build(), Proposals.smeAsking(3, 8)));

        assertThat(routed.get(1).failed()).isTrue();
        assertThat(routed.get(1).failure().rule()).isEqualTo("R-TST-02");
        assertThat(routed.get(1).failure().message()).contains("re-fires");
        assertThat(routed.get(0).recommendation("P01")).isPresent();
        assertThat(routed.get(2).recommendation("P01")).isPresent();
    }

    @Test
    void a_rule_that_runs_past_the_time_limit_for_some_data_fails_that_proposal_naming_the_rule() {
        StringBuilder hundred = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            hundred.append("        insert(new Note($id, \"P01\", \"R-TST-01\", \"n").append(i).append("\"));\n");
        }
        rules.write("zz-slow.drl", RulesDirectory.HEADER + """

                rule "R-TST-01 ninety-nine notes for one title"
                when
                    Proposal($id : id, $t : title, title.startsWith("s"))
                then
                    if ($t.equals("slow")) {
                """ + hundred + """
                    } else {
                        insert(new Note($id, "P01", "R-TST-01", "one"));
                    }
                end

                rule "R-TST-02 every triple of notes"
                when
                    Note($id : proposalId, rule == "R-TST-01", $a : reason)
                    Note(proposalId == $id, rule == "R-TST-01", $b : reason)
                    Note(proposalId == $id, rule == "R-TST-01", $c : reason)
                then
                end
                """).write("scenarios/zz-slow.csv", """
                case,description,proposal,expect
                R-TST-01 and R-TST-02 fire once,title sx,categories=COMPUTE; title=sx; compute.quantity=2; compute.months=2,P01 ELIGIBLE
                """);
        RulesetGate.Verdict verdict = RulesetGate.admit(RulesetFiles.fromDirectory(dir));
        assertThat(verdict.problems()).isEmpty();
        // 99 notes make about a million triples: far more than 50 ms anywhere; the others take well under that.
        CompiledRuleset tight = verdict.ruleset().withLimits(
                new EvaluationLimits(2_000, Duration.ofMillis(50), Duration.ofMillis(1)));

        List<RoutedProposal> routed = tight.route(List.of(Proposals.smeAsking(1, 8),
                Proposals.smeAsking(2, 8).toBuilder().title("slow").build(), Proposals.smeAsking(3, 8)));

        assertThat(routed.get(1).failed()).isTrue();
        assertThat(routed.get(1).failure().rule()).isEqualTo("R-TST-02");
        assertThat(routed.get(1).failure().message()).contains("time limit");
        assertThat(routed.get(0).recommendation("P01")).isPresent();
        assertThat(routed.get(2).recommendation("P01")).isPresent();
    }

    @Test
    void a_rule_that_floods_outcomes_is_stopped_by_the_insert_limit_on_every_reused_session() {
        StringBuilder ninety = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            ninety.append("        insert(new Note($id, \"P01\", \"R-TST-02\", \"flood\"));\n");
        }
        rules.write("zz-flood.drl", RulesDirectory.HEADER + """

                rule "R-TST-01 starts a flood for one title"
                when
                    Proposal($id : id, title.startsWith("fl"))
                then
                    insert(new Note($id, "P01", "R-TST-01", "flood"));
                end

                rule "R-TST-02 every note makes ninety more, for one title"
                when
                    Note($id : proposalId, reason == "flood")
                    Proposal(id == $id, $t : title)
                then
                    if ($t.equals("flood")) {
                """ + ninety + """
                    }
                end
                """).write("scenarios/zz-flood.csv", """
                case,description,proposal,expect
                R-TST-01 and R-TST-02 fire once,title fl,categories=COMPUTE; title=fl; compute.quantity=2; compute.months=2,P01 ELIGIBLE
                """);
        assertThat(engine.reload().activated()).isTrue();

        for (int round = 1; round <= 3; round++) {
            List<RoutedProposal> routed = engine.routeAll(List.of(Proposals.smeAsking(1, 8),
                    Proposals.smeAsking(2, 8).toBuilder().title("flood").build()));

            assertThat(routed.get(1).failed()).as("round %d", round).isTrue();
            assertThat(routed.get(1).failure().message()).as("round %d", round).contains("inserted more than 100 facts");
            assertThat(routed.get(1).failure().rule()).isEqualTo("R-TST-02");
            assertThat(routed.get(0).recommendation("P01")).isPresent();
        }
    }
}
