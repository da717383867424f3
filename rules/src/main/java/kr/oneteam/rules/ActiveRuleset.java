package kr.oneteam.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ruleset version that routes proposals: its content hash ("sha256:&lt;hex&gt;" over the sorted paths and
 * contents), where it came from ("classpath:…" or a directory), when it became active, how many rules
 * it has, and every file (DRL and scenarios) by relative path, so that callers can store the version.
 */
public record ActiveRuleset(String hash, String source, Instant activatedAt, int ruleCount,
        SortedMap<String, String> files) {

    public ActiveRuleset {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
