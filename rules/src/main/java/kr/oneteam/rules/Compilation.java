package kr.oneteam.rules;

import java.util.List;
import kr.oneteam.rules.scenario.ScenarioRun;

/**
 * What became of compiling a ruleset: a {@link Router} when it passed, else the problems that refused it
 * ({@code file:line:column message}). {@code scenarios} is the scenario run when the gate got that far
 * ({@link RoutingEngine#admit}); {@link RoutingEngine#compile} does not run scenarios and leaves it null.
 */
public record Compilation(String hash, Router router, List<RulesetProblem> problems, ScenarioRun scenarios) {

    public Compilation {
        problems = List.copyOf(problems);
        if (router != null && !problems.isEmpty()) {
            throw new IllegalArgumentException("a refused ruleset has no router");
        }
    }

    public boolean passed() {
        return router != null;
    }
}
