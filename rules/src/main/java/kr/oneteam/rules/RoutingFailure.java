package kr.oneteam.rules;

import java.util.Objects;

/**
 * Why the rules could not route one proposal: the rule that failed on it (its R- id, or the whole rule
 * name when it has none, or {@link #UNKNOWN_RULE}) and what went wrong, in one line. A failing proposal is
 * routed to nothing and carries this instead of recommendations, so that it is stored as 미분류 with the
 * reason rather than failing its whole batch (INTAKE.md, POLICY.md §3).
 */
public record RoutingFailure(String rule, String message) {

    public static final String UNKNOWN_RULE = "(unknown rule)";

    public RoutingFailure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code R-CMP-01: java.lang.ArithmeticException: / by zero}, for a flag or a log line. */
    @Override
    public String toString() {
        return rule + ": " + message;
    }
}
