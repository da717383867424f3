package kr.oneteam.app.workspace;

import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.RulesetProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What may come into a draft, and how it goes out. Uploaded bytes become text only as UTF-8 (a BOM is
 * dropped); a NUL byte or an invalid sequence is refused with the line and column of the first bad byte. A
 * zip is read entry by entry with every limit counted on the bytes actually inflated (not the sizes the zip
 * claims), so a zip bomb stops at the limit; entries that would leave the draft ({@code ..}, absolute paths,
 * drive letters) are refused by name. Paths follow the rules module ({@link RulesetContent#of}): a
 * {@code .drl} file, or a {@code .csv} in {@code scenarios/}.
 */
public final class WorkspaceFiles {

    /** The rules module's limit per file (a DRL or scenario file beyond it is a mistake, not policy). */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** What one upload (a file or a whole zip, inflated) may bring. */
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    public static final int MAX_FILES = 300;
    public static final int MAX_PATH = 300;

    private WorkspaceFiles() {
    }

    /** Files read from an upload, or why they were refused (then nothing of it may be stored). */
    public record Read(SortedMap<String, String> files, List<String> ignored, List<RulesetProblem> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** One uploaded file or a zip (by its name). */
    public static Read upload(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip();
        if (bytes.length > MAX_UPLOAD_BYTES) {
            return refused(name, "upload too large: " + bytes.length + " bytes (at most " + MAX_UPLOAD_BYTES + ")");
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return unzip(name, bytes);
        }
        String path = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && !name.contains("/")
                ? "scenarios/" + name : name;
        List<RulesetProblem> problems = new ArrayList<>();
        String text = decode(path, bytes, problems);
        SortedMap<String, String> files = new TreeMap<>();
        if (text != null) {
            problems.addAll(checkFile(path, text));
            files.put(path, normalise(text));
        }
        return new Read(problems.isEmpty() ? files : new TreeMap<>(), List.of(), problems);
    }

    /** The problems of one file by path and text: path, kind, size, emptiness (the rules module's rules). */
    public static List<RulesetProblem> checkFile(String path, String text) {
        if (path == null || path.isBlank()) {
            return List.of(new RulesetProblem("(unnamed file)", 0, 0, "a file needs a name"));
        }
        if (path.length() > MAX_PATH) {
            return List.of(new RulesetProblem(path.substring(0, 60) + "…", 0, 0, "path longer than " + MAX_PATH
                    + " characters"));
        }
        if (path.matches("^[A-Za-z]:.*") || path.contains("\u0000")) {
            return List.of(new RulesetProblem(path, 0, 0, "not a relative path inside the ruleset"));
        }
        return RulesetContent.of("upload", Map.of(path, text)).readProblems().stream()
                .filter(p -> !p.file().equals("(ruleset)")).toList();
    }

    /** Windows line ends as {@code \n}, as the rules module reads them. */
    public static String normalise(String text) {
        return text.replace("\r\n", "\n");
    }

    /** UTF-8 with or without BOM; else null and a problem at the first bad byte's line and column. */
    static String decode(String path, byte[] bytes, List<RulesetProblem> problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = position(bytes, start, i);
                problems.add(new RulesetProblem(path, at[0], at[1], "binary file (NUL byte): save it as UTF-8 text"));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int[] at = position(bytes, start, in.position());
            problems.add(new RulesetProblem(path, at[0], at[1], "not UTF-8 (a Korean Windows file is often CP949): "
                    + "save it as UTF-8"));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** 1-based line and column (in bytes) of {@code offset}. */
    private static int[] position(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static Read unzip(String zipName, byte[] bytes) {
        SortedMap<String, String> files = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        List<RulesetProblem> problems = new ArrayList<>();
        Map<String, byte[]> raw = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_FILES * 4) {
                    return refused(zipName, "more than " + (MAX_FILES * 4) + " entries in the zip");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                if (escapes(name)) {
                    return refused(name, "this zip entry would leave the draft (absolute path or ..): nothing was stored");
                }
                byte[] content = readCapped(zip, MAX_FILE_BYTES + 1L);
                if (content.length > MAX_FILE_BYTES) {
                    return refused(name, "file too large when unpacked: more than " + MAX_FILE_BYTES + " bytes");
                }
                total += content.length;
                if (total > MAX_UPLOAD_BYTES) {
                    return refused(zipName, "more than " + MAX_UPLOAD_BYTES + " bytes when unpacked");
                }
                raw.put(name, content);
            }
        } catch (ZipException e) {
            return refused(zipName, "not a readable zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = commonFolder(raw.keySet());
        for (Map.Entry<String, byte[]> entry : raw.entrySet()) {
            String path = entry.getKey().substring(prefix.length());
            String name = path.substring(path.lastIndexOf('/') + 1);
            // What the rules module takes as a ruleset file (DRL, scenarios, the English reasons…) is kept; the rest skipped.
            if (path.startsWith("__MACOSX/") || name.startsWith(".") || checkFile(path, "x").stream()
                    .anyMatch(p -> p.message().startsWith("not a ruleset file"))) {
                ignored.add(entry.getKey());
                continue;
            }
            String text = decode(path, entry.getValue(), problems);
            if (text != null) {
                problems.addAll(checkFile(path, text));
                files.put(path, normalise(text));
            }
        }
        if (files.size() > MAX_FILES) {
            problems.add(new RulesetProblem(zipName, 0, 0, "more than " + MAX_FILES + " ruleset files"));
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new RulesetProblem(zipName, 0, 0,
                    "no ruleset file in the zip (.drl files, and .csv files in scenarios/)"));
        }
        return new Read(problems.isEmpty() ? files : new TreeMap<>(), ignored, problems);
    }

    private static boolean escapes(String name) {
        return name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")
                || name.contains("\u0000");
    }

    /** A zip of a rules directory often holds it under one folder ({@code rules-dir/p01.drl}): that folder goes. */
    private static String commonFolder(java.util.Set<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String first = names.iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        if (folder.equals("scenarios/") || !names.stream().allMatch(n -> n.startsWith(folder))) {
            return "";
        }
        return folder + commonFolder(names.stream().map(n -> n.substring(folder.length()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read < cap && (n = in.read(buffer, 0, (int) Math.min(buffer.length, cap - read))) > 0) {
            out.write(buffer, 0, n);
            read += n;
        }
        return out.toByteArray();
    }

    private static Read refused(String file, String message) {
        return new Read(new TreeMap<>(), List.of(), List.of(new RulesetProblem(file, 0, 0, message)));
    }

    /** The files as a zip (what {@code rules check --dir} reads when unpacked). */
    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
