package kr.oneteam.app.review.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.Krw;
import kr.oneteam.domain.vocabulary.Labelled;

/** Turns a submitted value into the text officers read: vocabulary by its label, yes/no, lists joined. */
final class ValueText {

    private ValueText() {
    }

    static String of(Object value, Locale locale, BiFunction<String, Locale, String> translate) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Labelled labelled) {
            return labelled.label(locale);
        }
        if (value instanceof Boolean flag) {
            return translate.apply(flag ? "value.yes" : "value.no", locale);
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "—" : items.stream().map(item -> of(item, locale, translate))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof java.time.Instant instant) {
            return Formats.dateTime(instant);
        }
        if (value instanceof Krw money) {
            return Formats.krw(money.amount());
        }
        if (value instanceof Long number) {
            return Formats.number(number);
        }
        return value.toString();
    }
}
