package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.oneteam.rules.scenario.ScenarioCase;
import kr.oneteam.rules.scenario.ScenarioFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the shipped scenario files is its own named test, routed by the shipped ruleset compiled
 * without its scenario gate (the engine would refuse to start on the first failing row, hiding the rest).
 */
class DefaultRulesetScenariosTest {

    private static final String LOCATION = "kr/oneteam/rules/policy/";

    private static CompiledRuleset ruleset;

    @BeforeAll
    static void compile() {
        RulesetFiles files = RulesetFiles.fromClasspath();
        RulesetCompiler.Compiled compiled = RulesetCompiler.compileGuarded(files);
        assertThat(compiled.problems()).isEmpty();
        ruleset = new CompiledRuleset(compiled.kieBase(), new ActiveRuleset(files.hash(), files.source(),
                java.time.Instant.now(), compiled.ruleCount(), files.files()));
    }

    static Stream<Named<ScenarioCase>> cases() throws IOException {
        List<Named<ScenarioCase>> cases = new ArrayList<>();
        for (String file : scenarioFiles()) {
            ScenarioFile.Parsed parsed = ScenarioFile.parse(file, read(file), 1);
            assertThat(parsed.problems()).as("problems reading " + file).isEmpty();
            parsed.cases().forEach(c -> cases.add(Named.of(c.file() + ": " + c.name(), c)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scenario_gives_the_expected_recommendations(ScenarioCase scenario) {
        RoutedProposal routed = ruleset.route(List.of(scenario.proposal())).get(0);

        assertThat(scenario.expectation().differences(routed))
                .as("%s%n%s", scenario.label(), routed.recommendations())
                .isEmpty();
    }

    private static List<String> scenarioFiles() throws IOException {
        return read("ruleset.index").lines().map(String::strip).filter(l -> l.startsWith("scenarios/")).toList();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = DefaultRulesetScenariosTest.class.getClassLoader().getResourceAsStream(LOCATION + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
