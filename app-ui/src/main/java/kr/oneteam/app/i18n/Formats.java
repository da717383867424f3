package kr.oneteam.app.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and amounts look to officers: always Asia/Seoul, amounts in ₩ with thousands separators. */
public final class Formats {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(SEOUL));
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code ₩27,000,000,000}, whatever the UI language: the won sign is what officers write in both. */
    public static String krw(Long amount) {
        return amount == null ? "" : "₩" + NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
    }

    /**
     * A percentage as officers read it, the same in Korean and English: "2.5%", "10%", "0%" — the exact
     * decimal, never rounded and never "10.0%" (the youth-founded self-pay share of POLICY.md §4).
     */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return plain.toPlainString() + "%";
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
    }

    public static LocalDate todayInSeoul() {
        return LocalDate.now(SEOUL);
    }
}
