package kr.oneteam.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one formula for a ruleset's content hash, used by the engine, the stored version rows, the API, the
 * UI and the log (docs/decisions/050): {@code sha256:} and 64 lower-case hex digits of SHA-256 over the
 * files sorted by path, each written as {@code <length of path>:<path>\n<length of content in UTF-8
 * bytes>\n<content>}. The lengths make the boundaries unambiguous (text cannot move between a path and a
 * content and keep the hash); it is the formula the database's rows have carried since V2, so no stored
 * hash changed when the engine adopted it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(Map<String, String> files) {
        SortedMap<String, String> sorted = files instanceof SortedMap<String, String> s && s.comparator() == null
                ? s : new TreeMap<>(files);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : sorted.entrySet()) {
                String path = file.getKey();
                digest.update((path.length() + ":" + path + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                digest.update((content.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first 12 hex digits, for places too narrow for the whole string (a version's name in the UI). */
    public static String shortForm(String hash) {
        String hex = hash.substring(hash.indexOf(':') + 1);
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
