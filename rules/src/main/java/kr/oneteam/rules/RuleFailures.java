package kr.oneteam.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Names the rule behind an exception thrown while rules fire, and says what went wrong in one line: for a
 * consequence, the rule of the match; for a condition, every rule Drools names for it (a condition shared by
 * several rules is evaluated once) and the condition itself; for a limit, the rule the watch named.
 */
final class RuleFailures {

    /** Drools names the rule in the text of condition errors: {@code … rule "R-CMP-01 …" …} or {@code rule: R-…}. */
    private static final Pattern RULE_IN_TEXT = Pattern.compile("[Rr]ule[:\\s]+\"?(R-[A-Z]{2,}-[A-Z0-9]+)");
    /** {@code Error evaluating constraint 'compute.quantity > 2' in [Rule "R-TST-01 …", "R-TST-02 …" in x.drl]}. */
    private static final Pattern CONSTRAINT = Pattern.compile("Error evaluating constraint '(.*)' in \\[(.*)\\]", Pattern.DOTALL);
    private static final Pattern QUOTED_RULE = Pattern.compile("\"(R-[A-Z]{2,}-[A-Z0-9]+)[^\"]*\"");

    private RuleFailures() {
    }

    static RoutingFailure of(Throwable e) {
        String rule = RoutingFailure.UNKNOWN_RULE;
        if (e instanceof ConsequenceException consequence && consequence.getMatch() != null) {
            rule = ruleId(consequence.getMatch().getRule().getName());
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EvaluationWatch.LimitExceeded limit) {
                String named = rule.equals(RoutingFailure.UNKNOWN_RULE) ? limit.failure().rule() : rule;
                return new RoutingFailure(named, limit.failure().message());
            }
        }
        if (!rule.equals(RoutingFailure.UNKNOWN_RULE)) {
            return new RoutingFailure(rule, describe(rootCause(e.getCause() == null ? e : e.getCause())));
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher constraint = CONSTRAINT.matcher(String.valueOf(t.getMessage()));
            if (constraint.find()) {
                Set<String> rules = new LinkedHashSet<>();
                Matcher quoted = QUOTED_RULE.matcher(constraint.group(2));
                while (quoted.find()) {
                    rules.add(quoted.group(1));
                }
                if (!rules.isEmpty()) {
                    String first = rules.iterator().next();
                    String shared = rules.size() > 1 ? " (a condition shared by " + String.join(", ", rules) + ")" : "";
                    return new RoutingFailure(first, "the condition " + constraint.group(1) + shared + " failed: "
                            + describe(rootCause(t)));
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = RULE_IN_TEXT.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                rule = m.group(1);
                break;
            }
        }
        return new RoutingFailure(rule, describe(rootCause(e)));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable cause) {
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return what.strip().replaceAll("\\s+", " ");
    }

    /** "R-CMP-01 small GPU request …" → "R-CMP-01"; a name without an id is kept whole. */
    static String ruleId(String ruleName) {
        int space = ruleName.indexOf(' ');
        String first = space < 0 ? ruleName : ruleName.substring(0, space);
        return RulesetGuard.RULE_NAME.matcher(first).matches() ? first : ruleName;
    }
}
