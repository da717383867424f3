package kr.oneteam.app.proposal;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-read common form gives exactly what {@code OffsetDateTime.parse} gives, value or refusal. */
class IsoOffsetDateTimeTest {

    private static final List<String> SAMPLES = List.of(
            "2025-07-08T09:00:00+09:00", "2025-07-08T09:00:00Z", "2025-07-08T09:00:00.5Z", "2025-07-08T09:00:00.123456789-03:30",
            "2025-07-08T09:00:00.1234567891Z", "2025-07-08T09:00:00.Z", "2025-07-08T09:00+09:00", "2025-07-08t09:00:00z",
            "2025-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-00-10T00:00:00Z",
            "2025-07-08T24:00:00Z", "2025-07-08T23:59:60Z", "2025-07-08T09:00:00+18:00", "2025-07-08T09:00:00+18:01",
            "2025-07-08T09:00:00-00:00", "2025-07-08T09:00:00+0900", "2025-07-08T09:00:00+09:00:30", "2025-07-08T09:00:00",
            "0000-01-01T00:00:00Z", "+12025-07-08T09:00:00Z", "2025-7-08T09:00:00Z", "2025-07-08 09:00:00Z",
            "2025-07-08T09:00:00+09:0a", "２０２５-07-08T09:00:00Z", "", "2025-07-08T09:00:00+09:00 ");

    @Test
    void the_common_form_and_everything_else_parse_as_the_jdk_parses() {
        List<String> texts = new ArrayList<>(SAMPLES);
        Random random = new Random(20261202);
        String chars = "0123456789-:T.Z+ z";
        for (int i = 0; i < 20_000; i++) {   // one or two characters of a valid text changed
            StringBuilder text = new StringBuilder(SAMPLES.get(random.nextInt(4)));
            for (int k = 0; k <= random.nextInt(2); k++) {
                text.setCharAt(random.nextInt(text.length()), chars.charAt(random.nextInt(chars.length())));
            }
            texts.add(text.toString());
        }
        int parsed = 0;
        for (String text : texts) {
            OffsetDateTime expected;
            try {
                expected = OffsetDateTime.parse(text);
            } catch (DateTimeParseException refused) {
                expected = null;
            }
            OffsetDateTime actual;
            try {
                actual = IsoOffsetDateTime.parse(text);
            } catch (DateTimeParseException refused) {
                actual = null;
            }
            assertThat(actual).as(text).isEqualTo(expected);
            if (expected != null) {
                parsed++;
            }
        }
        assertThat(parsed).as("valid texts among the samples").isGreaterThan(2_000);
    }
}
