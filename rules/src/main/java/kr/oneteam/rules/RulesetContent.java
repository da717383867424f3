package kr.oneteam.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one ruleset — DRL files and {@code scenarios/*.csv} by relative path — with where they came
 * from and the problems met while reading them. It is what the engine compiles: the ruleset shipped in the
 * jar, an analysts' directory, a version stored in the database, or a draft.
 */
public record RulesetContent(String source, SortedMap<String, String> files, List<RulesetProblem> readProblems) {

    public RulesetContent {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        readProblems = List.copyOf(readProblems);
    }

    /** The ruleset shipped in the jar (what seeds an empty database). */
    public static RulesetContent shipped() {
        return of(RulesetFiles.fromClasspath());
    }

    /** The ruleset files below {@code dir}: DRL files anywhere, CSVs in {@code scenarios/}; the rest is ignored. */
    public static RulesetContent fromDirectory(Path dir) {
        return of(RulesetFiles.fromDirectory(dir));
    }

    /**
     * Files given by path — a stored version, a draft, an upload. Each path must be a ruleset file (a
     * {@code .drl} file, or a {@code .csv} in {@code scenarios/}), relative and without {@code ..}; each
     * content non-blank and at most 1 MB. Windows line ends are read as {@code \n}, as from a directory.
     */
    public static RulesetContent of(String source, Map<String, String> files) {
        SortedMap<String, String> kept = new TreeMap<>();
        List<RulesetProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String path = file.getKey() == null ? "" : file.getKey().strip().replace('\\', '/');
            String content = file.getValue() == null ? "" : file.getValue().replace("\r\n", "\n");
            if (path.isEmpty() || path.startsWith("/") || path.contains("//") || List.of(path.split("/")).contains("..")) {
                problems.add(new RulesetProblem(path.isEmpty() ? "(unnamed file)" : path, 0, 0,
                        "not a relative path inside the ruleset"));
            } else if (!RulesetFiles.isRulesetFile(path)) {
                problems.add(new RulesetProblem(path, 0, 0,
                        "not a ruleset file: a .drl file, or a .csv file in " + RulesetFiles.SCENARIO_DIR));
            } else if (content.isBlank()) {
                problems.add(new RulesetProblem(path, 1, 0, "empty file"));
            } else if (content.getBytes(StandardCharsets.UTF_8).length > RulesetFiles.MAX_FILE_BYTES) {
                problems.add(new RulesetProblem(path, 1, 0, "file too large: more than " + RulesetFiles.MAX_FILE_BYTES
                        + " bytes"));
            } else {
                kept.put(path, content);
            }
        }
        if (kept.keySet().stream().noneMatch(f -> f.endsWith(".drl")) && problems.isEmpty()) {
            problems.add(new RulesetProblem("(ruleset)", 0, 0, "no .drl file in the ruleset"));
        }
        return new RulesetContent(source, kept, problems);
    }

    private static RulesetContent of(RulesetFiles files) {
        return new RulesetContent(files.source(), files.files(), files.problems());
    }

    /** {@link ContentHash} of the files. */
    public String hash() {
        return ContentHash.of(files);
    }

    RulesetFiles toFiles() {
        return new RulesetFiles(source, files, readProblems);
    }
}
