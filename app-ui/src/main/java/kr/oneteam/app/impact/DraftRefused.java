package kr.oneteam.app.impact;

import java.util.List;
import kr.oneteam.rules.RulesetProblem;

/** The draft does not compile, so it cannot be simulated; the problems are {@code file:line:column message}. */
public class DraftRefused extends RuntimeException {

    private final transient List<RulesetProblem> problems;

    public DraftRefused(List<RulesetProblem> problems) {
        super("the draft does not compile: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RulesetProblem> getProblems() {
        return problems;
    }
}
