package kr.oneteam.app.whatif.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.vocabulary.Labelled;
import kr.oneteam.rules.whatif.Change;
import kr.oneteam.rules.whatif.Variant;

/**
 * One change as a sentence in the user's language — "GPU 24장 → 16장 이하이면 적격", "GPUs 24 → at most 16
 * makes it eligible" — from the bundle {@code whatif}: the sentence per bound or kind, the field's label
 * ({@code whatif.field.<path>}, else the proposal form's {@code field.<path>}, else the path itself), the
 * field's unit ({@code whatif.unit.<path>}), vocabulary values by their labels.
 */
final class ChangeText {

    /** The UI's translation: a missing key comes back as "!key" (UiI18NProvider). */
    interface Translation {
        String get(String key, Object... arguments);
    }

    private final Translation t;
    private final Locale locale;

    ChangeText(Translation translation, Locale locale) {
        this.t = translation;
        this.locale = locale;
    }

    String of(Change change) {
        String field = field(change.path());
        if (change.kind() == Variant.Kind.ADD || change.kind() == Variant.Kind.REMOVE) {
            return t.get("whatif.change." + change.kind(), field, values(change.path(), change.to()));
        }
        String key = change.bound() == Change.Bound.ONE_OF ? "whatif.change.SET" : "whatif.change." + change.bound();
        return t.get(key, field, value(change.path(), change.from()), values(change.path(), change.to()));
    }

    String field(String path) {
        String own = optional("whatif.field." + path);
        if (own != null) {
            return own;
        }
        String form = optional("field." + path);
        return form != null ? form : path;
    }

    private String values(String path, List<Object> values) {
        return values.stream().map(v -> value(path, v)).collect(Collectors.joining(t.get("whatif.or")));
    }

    private String value(String path, Object value) {
        if (value == null) {
            return t.get("whatif.value.none");
        }
        if (value instanceof Labelled labelled) {
            return labelled.label(locale);
        }
        if (value instanceof Boolean flag) {
            return t.get(flag ? "value.yes" : "value.no");
        }
        if (value instanceof Number number) {
            String unit = optional("whatif.unit." + path);
            String text = number instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                            .stripTrailingZeros().toPlainString()
                    : Formats.number(number.longValue());
            return unit == null ? text : text + unit;
        }
        return value.toString();
    }

    private String optional(String key) {
        String text = t.get(key);
        return text == null || text.startsWith("!") ? null : text;
    }
}
