package kr.oneteam.rules;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the engine finds its ruleset. {@code rulesDir} (setting {@code oneteam.rules.dir}) is an external
 * directory that overrides the ruleset shipped in the jar when it exists, and is then watched; null means
 * the shipped ruleset only. {@code watchDebounce} lets an editor finish saving before a reload starts.
 */
public record RulesConfig(Path rulesDir, Duration watchDebounce) {

    public RulesConfig {
        watchDebounce = watchDebounce == null ? Duration.ofMillis(300) : watchDebounce;
    }

    public RulesConfig(Path rulesDir) {
        this(rulesDir, null);
    }

    /** The shipped ruleset, no directory, no watcher. */
    public static RulesConfig defaults() {
        return new RulesConfig(null, null);
    }
}
