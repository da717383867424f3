package kr.oneteam.domain.ruleset;

import java.util.regex.Pattern;

/**
 * A ruleset's content hash: {@code sha256:} and 64 lower-case hex digits. The formula lives in one place,
 * the rules module's {@code ContentHash} (docs/decisions/050); the domain only stores and compares the string,
 * and the application checks a stored version's files against it whenever it compiles them.
 */
public record RulesetHash(String value) {

    private static final Pattern FORMAT = Pattern.compile("sha256:[0-9a-f]{64}");

    public RulesetHash {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("ruleset hash '" + value + "' must be sha256: and 64 hex digits");
        }
    }

    public static RulesetHash parse(String text) {
        return new RulesetHash(text);
    }

    /** The first 12 hex digits: a version's name where the whole string does not fit. */
    public String shortForm() {
        return value.substring(7, 19);
    }

    @Override
    public String toString() {
        return value;
    }
}
