package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object by name, type and range, recording a {@link FieldProblem} for
 * every field that is wrong instead of stopping at the first. A JSON {@code null} counts as absent.
 * {@link #rejectUnknown()} then names every field the object carries that was never asked for.
 */
final class HandJsonObjectReader {

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    HandJsonObjectReader(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        known.add(name);
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    private JsonNode value(String name, boolean required) {
        if (has(name)) {
            return node.get(name);
        }
        if (required) {
            problems.add(pathOf(name), "intake.required");
        }
        return null;
    }

    String text(String name, int min, int max, boolean required) {
        JsonNode value = value(name, required);
        return value == null ? null : checkedText(value, pathOf(name), min, max);
    }

    private String checkedText(JsonNode value, String at, int min, int max) {
        if (!value.isTextual()) {
            problems.add(at, "intake.type.string");
            return null;
        }
        String text = value.textValue();
        String unfit = unfitCharacter(text);
        if (unfit != null) {
            problems.add(at, unfit);
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            problems.add(at, "intake.length", min, max);
            return null;
        }
        if (min > 0 && text.isBlank()) {
            problems.add(at, "intake.blank");
            return null;
        }
        return text;
    }

    /**
     * INTAKE.md: no control characters but tab and newline, no lone surrogates (a JSON escape such as
     * {@code \ud800} can carry one). Returns the message code of the first offence, or null.
     */
    static String unfitCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "intake.loneSurrogate";
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n') {
                return "intake.controlCharacter";
            }
        }
        return null;
    }

    boolean bool(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(pathOf(name), "intake.type.boolean");
            return false;
        }
        return value.booleanValue();
    }

    Long integer(String name, long min, long max, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(pathOf(name), "intake.type.integer");
            return null;
        }
        long number = value.longValue();
        if (number < min || number > max) {
            problems.add(pathOf(name), "intake.range", min, max);
            return null;
        }
        return number;
    }

    BigDecimal decimal(String name, BigDecimal min, BigDecimal max, int maxScale) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(pathOf(name), "intake.type.number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problems.add(pathOf(name), "intake.range", min.toPlainString(), max.toPlainString());
            return null;
        }
        if (number.stripTrailingZeros().scale() > maxScale) {
            problems.add(pathOf(name), "intake.scale", maxScale);
            return null;
        }
        return number;
    }

    OffsetDateTime dateTime(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return OffsetDateTime.parse(value.textValue());
            } catch (DateTimeParseException notIsoWithOffset) {
                // reported below, like any other wrongly typed value
            }
        }
        problems.add(pathOf(name), "intake.dateTime");
        return null;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        JsonNode value = value(name, required);
        return value == null ? null : checkedEnum(value, pathOf(name), type);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        E value = enumValue(name, type, false);
        return value == null && !has(name) ? fallback : value;
    }

    private <E extends Enum<E>> E checkedEnum(JsonNode value, String at, Class<E> type) {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        problems.add(at, "intake.enum", allowed(type));
        return null;
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        values.addAll(list(name, (item, at) -> checkedEnum(item, at, type)));
        return values;
    }

    List<String> texts(String name, int min, int max) {
        return list(name, (item, at) -> checkedText(item, at, min, max));
    }

    Set<String> textSet(String name, int min, int max) {
        return new LinkedHashSet<>(texts(name, min, max));
    }

    /** The items of an array field, each read by {@code item}; items that failed are left out. */
    <T> List<T> list(String name, ItemReader<T> item) {
        JsonNode value = value(name, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(pathOf(name), "intake.type.array");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String at = pathOf(name) + "[" + i + "]";
            T read = element == null || element.isNull() ? nullItem(at) : item.read(element, at);
            if (read != null) {
                items.add(read);
            }
        }
        return Collections.unmodifiableList(items);
    }

    private <T> T nullItem(String at) {
        problems.add(at, "intake.required");
        return null;
    }

    int size(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isArray() ? value.size() : 0;
    }

    /** A nested object field, read by {@code reader}; absent when missing, null or not an object. */
    <T> Optional<T> object(String name, Function<HandJsonObjectReader, T> reader) {
        JsonNode value = value(name, false);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(objectAt(value, pathOf(name), problems, reader));
    }

    /** Reads {@code value} as an object at {@code at}, then names its unknown fields. */
    static <T> T objectAt(JsonNode value, String at, Problems problems, Function<HandJsonObjectReader, T> reader) {
        if (!value.isObject()) {
            problems.add(at.isEmpty() ? "$" : at, "intake.type.object");
            return null;
        }
        HandJsonObjectReader fields = new HandJsonObjectReader(value, at, problems);
        T read = reader.apply(fields);
        fields.rejectUnknown();
        return read;
    }

    /** Records a problem on a field of this object, named relative to it. */
    void problemAt(String name, String code, Object... args) {
        problems.add(pathOf(name), code, args);
    }

    /** Records a problem on a full JSON path, e.g. an array item handed to an {@link ItemReader}. */
    void problem(String fullPath, String code, Object... args) {
        problems.add(fullPath, code, args);
    }

    /** Reads an array item as an object at {@code at}. */
    <T> T objectItem(JsonNode item, String at, Function<HandJsonObjectReader, T> reader) {
        return objectAt(item, at, problems, reader);
    }

    boolean isArray(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isArray();
    }

    void rejectUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(pathOf(name), "intake.unknown");
            }
        }
    }

    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode item, String path);
    }
}
