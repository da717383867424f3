package kr.oneteam.app.workspace;

import kr.oneteam.rules.RuleCoverage;
import kr.oneteam.rules.RulesetProblem;

import java.util.List;

/**
 * The gate's verdict on a draft (guard, compiler, rule names, scenarios — nothing activated): every problem as
 * {@code file:line:column message}, each scenario case with what it expected and what it got, and how many
 * rules compiled. {@code passed}: it may be sent for approval. {@code coverage}: each rule with the scenario cases
 * that fire it, when the scenarios ran (a rule with none is refused by the gate); empty when an earlier stage
 * refused the draft.
 */
public record Validation(String hash, boolean passed, int ruleCount, List<RulesetProblem> problems,
                         List<ScenarioCheck> scenarios, List<RuleCoverage> coverage) {

    public Validation {
        problems = List.copyOf(problems);
        scenarios = List.copyOf(scenarios);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
    }

    /** Without a coverage table. */
    public Validation(String hash, boolean passed, int ruleCount, List<RulesetProblem> problems,
                      List<ScenarioCheck> scenarios) {
        this(hash, passed, ruleCount, problems, scenarios, List.of());
    }

    /** One scenario case: where it is, its name, and the differences from its expectation (none: passed). */
    public record ScenarioCheck(String file, int line, String name, boolean passed, List<String> differences) {
    }

    public long scenariosPassed() {
        return scenarios.stream().filter(ScenarioCheck::passed).count();
    }
}
