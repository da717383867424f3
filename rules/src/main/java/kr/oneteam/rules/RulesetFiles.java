package kr.oneteam.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one ruleset (DRL files and {@code scenarios/*.csv}) by relative path, read from the jar or
 * from an analysts' directory, with the problems met while reading (binary, too large, empty, unreadable).
 */
record RulesetFiles(String source, SortedMap<String, String> files, List<RulesetProblem> problems) {

    /** Where the shipped ruleset lives on the classpath; {@code ruleset.index} lists its files. */
    static final String DEFAULT_LOCATION = "kr/oneteam/rules/policy/";
    static final String INDEX = "ruleset.index";
    /** A DRL or scenario file beyond this is a mistake (a pasted log, a data dump), not policy. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    static final String SCENARIO_DIR = "scenarios/";
    /** A whole ruleset beyond these is not a ruleset an analyst wrote (every evaluation would hold it all). */
    static final int MAX_FILES = 500;
    static final long MAX_TOTAL_BYTES = 16L * 1024 * 1024;
    /** The English of the rules' reasons, keyed by rule id (h-desk; the app reads it per stored version). */
    static final String REASONS_EN = "reasons_en.properties";

    RulesetFiles {
        files = new TreeMap<>(files);
        problems = List.copyOf(problems);
    }

    List<String> drlFiles() {
        return files.keySet().stream().filter(f -> f.endsWith(".drl")).toList();
    }

    List<String> scenarioFiles() {
        return files.keySet().stream().filter(f -> f.startsWith(SCENARIO_DIR) && f.endsWith(".csv")).toList();
    }

    /** The content hash of {@link ContentHash} (one formula for the engine, the database and the API). */
    String hash() {
        return ContentHash.of(files);
    }

    static RulesetFiles fromClasspath() {
        ClassLoader loader = RulesetFiles.class.getClassLoader();
        String index = read(loader, DEFAULT_LOCATION + INDEX);
        SortedMap<String, String> files = new TreeMap<>();
        for (String line : index.split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                files.put(path, read(loader, DEFAULT_LOCATION + path));
            }
        }
        return new RulesetFiles("classpath:" + DEFAULT_LOCATION, files, List.of());
    }

    static RulesetFiles fromDirectory(Path dir) {
        SortedMap<String, String> files = new TreeMap<>();
        List<RulesetProblem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(f -> isRulesetFile(dir.relativize(f).toString().replace('\\', '/'))).sorted().toList();
            if (found.size() > MAX_FILES) {
                problems.add(new RulesetProblem(dir.toString(), 0, 0, found.size() + " ruleset files: at most " + MAX_FILES));
                found = List.of();
            }
            long total = 0;
            for (Path file : found) {
                total += sizeOf(file);
                if (total > MAX_TOTAL_BYTES) {
                    problems.add(new RulesetProblem(dir.toString(), 0, 0, "the ruleset files hold more than "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB together"));
                    break;
                }
                readInto(file, dir.relativize(file).toString().replace('\\', '/'), files, problems);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new RulesetProblem(dir.toString(), 0, 0, "cannot read the rules directory: " + e.getMessage()));
        }
        if (files.keySet().stream().noneMatch(f -> f.endsWith(".drl")) && problems.isEmpty()) {
            problems.add(new RulesetProblem(dir.toString(), 0, 0, "no .drl file in the rules directory"));
        }
        return new RulesetFiles(dir.toAbsolutePath().normalize().toString(), files, problems);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * DRL files anywhere below the directory, scenario CSVs in scenarios/, the English reasons at the top; editor
     * backups and the rest are ignored.
     */
    static boolean isRulesetFile(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        if (name.startsWith(".")) {
            return false;
        }
        return relative.endsWith(".drl") || (relative.startsWith(SCENARIO_DIR) && relative.endsWith(".csv"))
                || relative.equals(REASONS_EN);
    }

    private static void readInto(Path file, String relative, Map<String, String> files, List<RulesetProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new RulesetProblem(relative, 1, 1, "file too large: " + size + " bytes (at most "
                        + MAX_FILE_BYTES + ")"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decode(bytes, relative, problems);
            if (text == null) {
                return;
            }
            if (text.isBlank()) {
                problems.add(new RulesetProblem(relative, 1, 1, "empty file"));
                return;
            }
            files.put(relative, text.replace("\r\n", "\n"));
        } catch (java.nio.file.NoSuchFileException e) {
            // Deleted while the directory was being read (an editor's save): it is simply not there.
        } catch (IOException e) {
            problems.add(new RulesetProblem(relative, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** UTF-8 text with or without a byte-order mark (dropped: it changes neither the text nor the hash). */
    private static String decode(byte[] bytes, String relative, List<RulesetProblem> problems) {
        RulesetText.Decoded decoded = RulesetText.decode(bytes);
        if (!decoded.ok()) {
            problems.add(new RulesetProblem(relative, decoded.line(), decoded.column(), decoded.problem()));
            return null;
        }
        return decoded.text();
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            RulesetText.Decoded decoded = RulesetText.decode(in.readAllBytes());
            if (!decoded.ok()) {
                throw new IllegalStateException(resource + ": " + decoded.problem());
            }
            return decoded.text().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
