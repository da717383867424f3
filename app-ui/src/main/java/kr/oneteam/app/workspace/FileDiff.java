package kr.oneteam.app.workspace;

import java.util.List;

/**
 * One file's difference between two rulesets: added, removed or changed, with a unified diff (java-diff-utils,
 * three lines of context). Lines start with {@code +}, {@code -}, {@code  } or {@code @@}.
 */
public record FileDiff(String path, Change change, int added, int removed, List<String> lines) {

    public enum Change { ADDED, REMOVED, CHANGED }

    public FileDiff {
        lines = List.copyOf(lines);
    }
}
