package kr.oneteam.domain.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code sha256:} and 64 lower-case hex digits over a ruleset's files, sorted by path, so the same files
 * give the same hash whatever order they were read in. Changing one character changes the hash.
 */
public final class RulesetHash {

    private static final Pattern FORMAT = Pattern.compile("sha256:[0-9a-f]{64}");

    private final String value;

    private RulesetHash(String value) {
        this.value = value;
    }

    public static RulesetHash parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("ruleset hash '" + text + "' must be sha256: and 64 hex digits");
        }
        return new RulesetHash(text);
    }

    public static RulesetHash of(Collection<RulesetFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(RulesetFile::path)).forEach(file -> {
                // Lengths first, so that moving text between path and content cannot give the same hash.
                digest.update((file.path().length() + ":" + file.path() + "\n").getBytes(StandardCharsets.UTF_8));
                byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
                digest.update((content.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            });
            return new RulesetHash("sha256:" + HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulesetHash that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
