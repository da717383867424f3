package kr.oneteam.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (isRulesetFile(relative)) {
                    readInto(file, relative, files, problems);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new RulesetProblem(dir.toString(), 0, 0, "cannot read the rules directory: " + e.getMessage()));
        }
        if (files.keySet().stream().noneMatch(f -> f.endsWith(".drl")) && problems.isEmpty()) {
            problems.add(new RulesetProblem(dir.toString(), 0, 0, "no .drl file in the rules directory"));
        }
        return new RulesetFiles(dir.toAbsolutePath().normalize().toString(), files, problems);
    }

    /** DRL files anywhere below the directory, scenario CSVs in scenarios/, the English reasons at the top; the rest is ignored. */
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
                problems.add(new RulesetProblem(relative, 1, 0, "file too large: " + size + " bytes (at most "
                        + MAX_FILE_BYTES + ")"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decode(bytes, relative, problems);
            if (text == null) {
                return;
            }
            if (text.isBlank()) {
                problems.add(new RulesetProblem(relative, 1, 0, "empty file"));
                return;
            }
            files.put(relative, text.replace("\r\n", "\n"));
        } catch (java.nio.file.NoSuchFileException e) {
            // Deleted while the directory was being read (an editor's save): it is simply not there.
        } catch (IOException e) {
            problems.add(new RulesetProblem(relative, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** UTF-8 text only: a NUL byte or an invalid UTF-8 sequence means a binary file, refused with its line. */
    private static String decode(byte[] bytes, String relative, List<RulesetProblem> problems) {
        for (int i = 0, line = 1; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            } else if (bytes[i] == 0) {
                problems.add(new RulesetProblem(relative, line, 0, "binary file (NUL byte): not UTF-8 text"));
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new RulesetProblem(relative, 1, 0, "binary file: not valid UTF-8 text"));
            return null;
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
