package kr.oneteam.domain.persistence;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entities hold an empty collection as null, and their getters give it back as empty. Why: the converters
 * map NULL ↔ null, and Hibernate snapshots a converted value by a round trip through its converter; an
 * entity holding an empty set would differ from its snapshot (null) and be updated on every flush.
 */
public final class StoredCollections {

    private StoredCollections() {
    }

    /** A sorted, unmodifiable copy (enums in declaration order, codes in code order), or null when empty. */
    public static <T extends Comparable<? super T>> Set<T> setOrNull(Collection<T> values) {
        return values == null || values.isEmpty() ? null : Collections.unmodifiableSet(new TreeSet<>(values));
    }

    public static <T> List<T> listOrNull(Collection<T> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }
}
