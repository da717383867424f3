package kr.oneteam.domain.programme;

import java.util.regex.Pattern;

/**
 * The code of a programme: {@code P} and two digits (P01…P99), or {@code BACKLOG} for asks that no
 * programme serves. Not an enum because analysts add programmes without a release.
 */
public final class ProgrammeCode implements Comparable<ProgrammeCode> {

    public static final ProgrammeCode BACKLOG = new ProgrammeCode("BACKLOG");
    private static final Pattern FORMAT = Pattern.compile("P\\d{2}|BACKLOG");

    private final String value;

    private ProgrammeCode(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when the text is not P + two digits or BACKLOG */
    public static ProgrammeCode of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("programme code is missing");
        }
        String candidate = text.trim();
        if (!FORMAT.matcher(candidate).matches()) {
            throw new IllegalArgumentException(
                    "programme code '" + candidate + "' must be P followed by two digits (e.g. P01) or BACKLOG");
        }
        return candidate.equals(BACKLOG.value) ? BACKLOG : new ProgrammeCode(candidate);
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    public boolean isBacklog() {
        return this.equals(BACKLOG);
    }

    public String value() {
        return value;
    }

    /** P01 … P99 in number order, BACKLOG last. */
    @Override
    public int compareTo(ProgrammeCode other) {
        if (isBacklog() || other.isBacklog()) {
            return Boolean.compare(isBacklog(), other.isBacklog());
        }
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgrammeCode that && value.equals(that.value);
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
