package kr.oneteam.rules;

import java.util.Objects;

/** One Korean reason an officer reads, always with the id of the rule that gave it (POLICY.md §3). */
public record Reason(String rule, String text) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }
}
