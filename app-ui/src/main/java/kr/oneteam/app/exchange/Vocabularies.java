package kr.oneteam.app.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.oneteam.domain.vocabulary.Labelled;

/** A vocabulary value as people write it in a cell — its code in any case, or its Korean or English label. */
final class Vocabularies {

    private static final Map<Class<?>, Map<String, String>> CODES = new ConcurrentHashMap<>();

    private Vocabularies() {
    }

    /** The code written as {@code cell}, or null when it is none of the vocabulary's values. */
    static String code(Class<? extends Enum<?>> vocabulary, String cell) {
        return CODES.computeIfAbsent(vocabulary, Vocabularies::codes).get(key(cell));
    }

    private static Map<String, String> codes(Class<?> vocabulary) {
        Map<String, String> codes = new HashMap<>();
        for (Object constant : vocabulary.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            codes.put(key(value.name()), value.name());
            if (value instanceof Labelled labelled) {
                codes.putIfAbsent(key(labelled.korean()), value.name());
                codes.putIfAbsent(key(labelled.english()), value.name());
            }
        }
        return codes;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
