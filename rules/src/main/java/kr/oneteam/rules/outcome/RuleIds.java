package kr.oneteam.rules.outcome;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A reason without a rule id is a defect (POLICY.md §3): every outcome names a well-formed R- id. */
final class RuleIds {

    static final Pattern RULE_ID = Pattern.compile("R-[A-Z]{2,}-[A-Z0-9]+");

    private RuleIds() {
    }

    /** Ids already seen valid: outcomes are created for every proposal, a regex per outcome would show. */
    private static final Set<String> VALID = ConcurrentHashMap.newKeySet();

    static String check(String rule) {
        Objects.requireNonNull(rule, "rule");
        if (!VALID.contains(rule)) {
            if (!RULE_ID.matcher(rule).matches()) {
                throw new IllegalArgumentException("not a rule id (R-XXX-NN): " + rule);
            }
            if (VALID.size() < 100_000) {
                VALID.add(rule);
            }
        }
        return rule;
    }

    static String programme(String programme) {
        if (programme == null || programme.isBlank()) {
            throw new IllegalArgumentException("programme code missing");
        }
        return programme;
    }

    static String text(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " text missing");
        }
        return text;
    }
}
