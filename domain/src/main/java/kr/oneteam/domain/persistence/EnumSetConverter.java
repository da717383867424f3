package kr.oneteam.domain.persistence;

import jakarta.persistence.AttributeConverter;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Stores a set of enum constants as {@code ,A,B,} (leading and trailing comma) so that one constant is
 * found with {@code LIKE '%,A,%'}. An empty set is stored as NULL. Read back as an unmodifiable set in
 * declaration order, or null for a NULL column (entity getters turn that into the empty set, and an
 * absent embedded block with only NULL columns stays absent); entities replace the whole set instead of mutating it, so dirty checking sees it.
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder column = new StringBuilder(",");
        for (E value : EnumSet.copyOf(values)) {
            column.append(value.name()).append(',');
        }
        return column.toString();
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return null;   // entities read null as the empty set; null keeps an absent embedded block absent
        }
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null) {
            for (String name : column.split(",")) {
                if (!name.isBlank()) {
                    values.add(Enum.valueOf(type, name.trim()));
                }
            }
        }
        return Collections.unmodifiableSet(values);
    }

    /** The LIKE pattern that finds rows whose column contains {@code value}. */
    public static String containsPattern(Enum<?> value) {
        return "%," + value.name() + ",%";
    }
}
