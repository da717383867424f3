package kr.oneteam.rules;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the engine finds its ruleset. {@code rulesDir} (setting {@code oneteam.rules.dir}) is an external
 * directory that overrides the ruleset shipped in the jar when it exists; null means the shipped ruleset
 * only. When {@code watch} is on, the directory is watched and reloaded after each save, once the editor
 * has been quiet for {@code watchDebounce}; without it, {@link RoutingEngine#reload()} reloads on demand.
 */
public record RulesConfig(Path rulesDir, Duration watchDebounce, boolean watch) {

    public RulesConfig {
        watchDebounce = watchDebounce == null ? Duration.ofMillis(300) : watchDebounce;
    }

    public RulesConfig(Path rulesDir, Duration watchDebounce) {
        this(rulesDir, watchDebounce, true);
    }

    /** The directory, watched. */
    public RulesConfig(Path rulesDir) {
        this(rulesDir, null, true);
    }

    /** The directory, reloaded only by {@link RoutingEngine#reload()}. */
    public static RulesConfig unwatched(Path rulesDir) {
        return new RulesConfig(rulesDir, null, false);
    }

    /** The shipped ruleset, no directory, no watcher. */
    public static RulesConfig defaults() {
        return new RulesConfig(null, null, false);
    }
}
