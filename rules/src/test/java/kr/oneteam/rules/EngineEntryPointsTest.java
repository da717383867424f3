package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The entry points the application uses: compile a ruleset without activating it (a preview, an impact
 * simulation), admit one through the whole gate (a publication), and an engine that serves exactly what it
 * is told to (docs/decisions/050).
 */
class EngineEntryPointsTest {

    /** No catalogue: programme codes are not checked (the rules module alone, as in rules check). */
    private static final Set<String> CATALOGUE = null;

    private static SortedMap<String, String> shippedWith(String file, String content) {
        SortedMap<String, String> files = new TreeMap<>(RulesetContent.shipped().files());
        files.put(file, content);
        return files;
    }

    @Test
    void a_compiled_ruleset_routes_with_its_own_rules_while_the_engine_keeps_serving_the_active_one() {
        Compilation shipped = RoutingEngine.compile(RulesetContent.shipped());
        try (RoutingEngine engine = RoutingEngine.serving(shipped.router())) {
            Compilation withP16 = RoutingEngine.compile(RulesetContent.of("draft", shippedWith("p16.drl", RulesDirectory.P16)));

            assertThat(withP16.passed()).as(withP16.problems().toString()).isTrue();
            assertThat(withP16.scenarios()).as("compile runs no scenarios").isNull();
            assertThat(withP16.router().route(Proposals.talent(1)).recommendation("P16")).isPresent();
            assertThat(withP16.router().route(Proposals.talent(1)).rulesetHash()).isEqualTo(withP16.hash());
            assertThat(engine.route(Proposals.talent(1)).recommendation("P16")).isEmpty();
            assertThat(engine.active().hash()).isEqualTo(shipped.hash());
        }
    }

    @Test
    void compiling_a_broken_ruleset_gives_its_problems_and_no_router() {
        Compilation broken = RoutingEngine.compile(RulesetContent.of("draft",
                shippedWith("broken.drl", RulesDirectory.HEADER + "rule \"R-TST-01 x\" when Proposal( then end")));

        assertThat(broken.passed()).isFalse();
        assertThat(broken.router()).isNull();
        assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl"));
    }

    @Test
    void admitting_runs_the_scenarios_that_compiling_skips() {
        SortedMap<String, String> files = shippedWith("scenarios/failing.csv",
                "case,description,proposal,expect\nwrong,,categories=TALENT,P16 ELIGIBLE\n");

        assertThat(RoutingEngine.compile(RulesetContent.of("draft", files)).passed()).isTrue();
        Compilation admitted = RoutingEngine.admit(RulesetContent.of("draft", files), CATALOGUE);
        assertThat(admitted.passed()).isFalse();
        assertThat(admitted.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("scenarios/failing.csv"));
        assertThat(admitted.scenarios()).isNotNull();
    }

    @Test
    void files_given_by_path_must_be_ruleset_files_inside_the_ruleset() {
        RulesetContent content = RulesetContent.of("upload", new TreeMap<>(java.util.Map.of(
                "../etc/passwd.drl", "x", "notes.txt", "hello", "scenarios/empty.csv", " ", "ok.drl", "rule x")));

        assertThat(content.files()).containsOnlyKeys("ok.drl");
        assertThat(content.readProblems()).extracting(RulesetProblem::file)
                .containsExactlyInAnyOrder("../etc/passwd.drl", "notes.txt", "scenarios/empty.csv");
        assertThat(RoutingEngine.compile(content).passed()).isFalse();
    }

    @Test
    void a_serving_engine_swaps_to_what_it_is_told_and_tells_its_listeners() {
        Compilation shipped = RoutingEngine.compile(RulesetContent.shipped());
        Compilation withP16 = RoutingEngine.compile(RulesetContent.of("database", shippedWith("p16.drl", RulesDirectory.P16)));
        try (RoutingEngine engine = RoutingEngine.serving(shipped.router())) {
            List<ActiveRuleset> told = new CopyOnWriteArrayList<>();
            engine.onActivation(told::add);

            assertThat(engine.serve(withP16.router())).isTrue();
            assertThat(engine.serve(withP16.router())).as("already active").isFalse();

            assertThat(engine.route(Proposals.talent(1)).recommendation("P16")).isPresent();
            assertThat(engine.router().hash()).isEqualTo(withP16.hash());
            assertThat(told).extracting(ActiveRuleset::hash).containsExactly(withP16.hash());
            assertThat(engine.reload().activated()).as("a serving engine reads no directory").isFalse();
        }
    }

    @Test
    void anything_thrown_while_checking_a_ruleset_is_a_problem_not_an_error() {
        RulesetProblem overflow = RoutingEngine.stoppedWith(new StackOverflowError());
        RulesetProblem memory = RoutingEngine.stoppedWith(new OutOfMemoryError("Java heap space"));

        assertThat(overflow.toString()).startsWith("(ruleset):0:0 the check stopped with StackOverflowError");
        assertThat(memory.message()).contains("OutOfMemoryError").contains("memory");
    }
}
