package kr.oneteam.rules;

import java.util.List;
import kr.oneteam.rules.scenario.ScenarioRun;

/**
 * What became of compiling a ruleset: a {@link Router} when it passed, else the problems that refused it
 * ({@code file:line:column message}). {@code scenarios} is the scenario run when the gate got that far
 * ({@link RoutingEngine#admit}); {@link RoutingEngine#compile} does not run scenarios and leaves it null.
 * {@code coverage} is the gate's coverage table when the scenarios ran — each rule in declaration order with the
 * cases that fire it; a rule with none is what the gate refused — and empty otherwise.
 */
public record Compilation(String hash, Router router, List<RulesetProblem> problems, ScenarioRun scenarios,
        List<RuleCoverage> coverage) {

    /** Without a coverage table (no scenarios ran). */
    public Compilation(String hash, Router router, List<RulesetProblem> problems, ScenarioRun scenarios) {
        this(hash, router, problems, scenarios, List.of());
    }

    public Compilation {
        problems = List.copyOf(problems);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
        if (router != null && !problems.isEmpty()) {
            throw new IllegalArgumentException("a refused ruleset has no router");
        }
    }

    public boolean passed() {
        return router != null;
    }
}
