package kr.oneteam.rules.fact;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Defensive, unmodifiable copies so that facts stay snapshots whatever the caller does afterwards. */
final class Sets {

    private Sets() {
    }

    static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    static Set<String> strings(Collection<String> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(values));
    }

    static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
