package kr.oneteam.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;

/** Names the rule behind an exception thrown while rules fire, and says what went wrong in one line. */
final class RuleFailures {

    /** Drools names the rule in the text of condition errors: {@code … rule "R-CMP-01 …" …} or {@code rule: R-…}. */
    private static final Pattern RULE_IN_TEXT = Pattern.compile("[Rr]ule[:\\s]+\"?(R-[A-Z]{2,}-[A-Z0-9]+)");

    private RuleFailures() {
    }

    static RoutingFailure of(Throwable e) {
        String rule = RoutingFailure.UNKNOWN_RULE;
        Throwable cause = e;
        if (e instanceof ConsequenceException consequence && consequence.getMatch() != null) {
            rule = ruleId(consequence.getMatch().getRule().getName());
            cause = e.getCause() == null ? e : e.getCause();
        } else {
            for (Throwable t = e; t != null; t = t.getCause()) {
                Matcher m = RULE_IN_TEXT.matcher(String.valueOf(t.getMessage()));
                if (m.find()) {
                    rule = m.group(1);
                    break;
                }
            }
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new RoutingFailure(rule, what.strip().replaceAll("\\s+", " "));
    }

    /** "R-CMP-01 small GPU request …" → "R-CMP-01"; a name without an id is kept whole. */
    static String ruleId(String ruleName) {
        int space = ruleName.indexOf(' ');
        String first = space < 0 ? ruleName : ruleName.substring(0, space);
        return RulesetGuard.RULE_NAME.matcher(first).matches() ? first : ruleName;
    }
}
