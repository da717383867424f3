package kr.oneteam.app.workspace;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** File-by-file differences of two rulesets, with java-diff-utils (Myers) rather than a hand-written diff. */
public final class RulesetDiff {

    private static final int CONTEXT = 3;

    private RulesetDiff() {
    }

    /** Every file that differs, by path; unchanged files are left out. */
    public static List<FileDiff> between(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FileDiff> diffs = new ArrayList<>();
        for (String path : paths) {
            String left = before.get(path);
            String right = after.get(path);
            if (left != null && left.equals(right)) {
                continue;
            }
            List<String> original = lines(left);
            List<String> revised = lines(right);
            Patch<String> patch = DiffUtils.diff(original, revised);
            int added = 0;
            int removed = 0;
            for (AbstractDelta<String> delta : patch.getDeltas()) {
                added += delta.getTarget().size();
                removed += delta.getSource().size();
            }
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(left == null ? "/dev/null" : "a/" + path,
                    right == null ? "/dev/null" : "b/" + path, original, patch, CONTEXT);
            FileDiff.Change change = left == null ? FileDiff.Change.ADDED
                    : right == null ? FileDiff.Change.REMOVED : FileDiff.Change.CHANGED;
            diffs.add(new FileDiff(path, change, added, removed, unified.size() > 2 ? unified.subList(2, unified.size())
                    : unified));
        }
        return diffs;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
