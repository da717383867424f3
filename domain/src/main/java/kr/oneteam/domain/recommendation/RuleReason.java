package kr.oneteam.domain.recommendation;

import java.util.Objects;

/**
 * One rule's Korean reason on a recommendation. A reason without a rule id is a defect (POLICY.md §3). Stored in the
 * recommendation's {@code reasons} column ({@link RuleReasonsConverter}).
 */
public final class RuleReason {

    public static final int TEXT_MAX = 1000;
    public static final int RULE_MAX = 64;

    private final String rule;
    private final String text;

    public RuleReason(String rule, String text) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a reason needs the id of its rule: '" + text + "'");
        }
        if (rule.trim().length() > RULE_MAX) {
            throw new IllegalArgumentException("rule id of a reason is longer than " + RULE_MAX + ": '" + rule + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("reason text of rule " + rule + " is empty");
        }
        if (text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("reason text of rule " + rule + " is longer than " + TEXT_MAX);
        }
        this.rule = rule.trim();
        this.text = text.trim();
    }

    public String rule() {
        return rule;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleReason that && rule.equals(that.rule) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, text);
    }

    @Override
    public String toString() {
        return rule + ": " + text;
    }
}
