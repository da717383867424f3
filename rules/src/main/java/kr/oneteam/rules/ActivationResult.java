package kr.oneteam.rules;

import java.util.List;

/**
 * The answer to a (re)load: whether a new ruleset became active, the ruleset active now (the new one,
 * or the one that keeps serving), and the problems that refused the attempt (empty when activated).
 */
public record ActivationResult(boolean activated, ActiveRuleset ruleset, List<RulesetProblem> problems) {

    public ActivationResult {
        problems = List.copyOf(problems);
    }
}
