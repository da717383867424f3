package kr.oneteam.app.proposal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@link OffsetDateTime#parse} for INTAKE.md's {@code receivedAt}, with the form every client sends
 * ({@code 2025-07-08T09:00:00+09:00}, {@code …:00.123Z}) read by hand: the formatter builds a map of fields per
 * call and was a fifth of the reader's time. Any other text, and any value out of range, goes to
 * {@code OffsetDateTime.parse} itself, so the result and the error are always the JDK's
 * ({@code IsoOffsetDateTimeTest} compares the two).
 */
final class IsoOffsetDateTime {

    private IsoOffsetDateTime() {
    }

    static OffsetDateTime parse(String text) {
        OffsetDateTime fast = common(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or null for anything else (also when out of range). */
    private static OffsetDateTime common(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (t.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 9 && t.charAt(at) >= '0' && t.charAt(at) <= '9') {
                nanos = nanos * 10 + (t.charAt(at) - '0');
                at++;
            }
            if (at == start || at < n && t.charAt(at) >= '0' && t.charAt(at) <= '9') {
                return null;
            }
            for (int i = at - start; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (at == n - 1 && t.charAt(at) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (at == n - 6 && (t.charAt(at) == '+' || t.charAt(at) == '-') && t.charAt(at + 3) == ':') {
            int hours = digits(t, at + 1, 2);
            int minutes = digits(t, at + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            int sign = t.charAt(at) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException outOfRange) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nanos), offset);
        } catch (DateTimeException outOfRange) {
            return null;   // the JDK's parse says why
        }
    }

    /** The non-negative number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
