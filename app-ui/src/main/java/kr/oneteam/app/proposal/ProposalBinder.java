package kr.oneteam.app.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Binds a valid proposal tree straight to the {@link ProposalForm} records, in one walk, with what the schema says
 * of each field: its default when absent, sets without repeats in vocabulary order, decimals without trailing
 * zeros — the canonical document {@link ProposalSchema#normalise} describes, without building it first.
 * Records and schema are matched by name when the binder is built: a component without a schema field, or a field
 * without a component, fails at start-up naming it (ProposalModelCoverageTest names it too). Nothing per field is
 * written here (decision 060).
 */
public final class ProposalBinder {

    private static volatile ProposalBinder standard;

    private final RecordBinder root;

    public static ProposalBinder standard() {
        ProposalBinder b = standard;
        if (b == null) {
            b = standard = new ProposalBinder(ProposalSchema.standard());
        }
        return b;
    }

    public ProposalBinder(ProposalSchema schema) {
        this.root = new RecordBinder(ProposalForm.class, schema.fields(), "");
    }

    /** A tree the schema check passed (JSON nulls removed) as the form records. */
    public ProposalForm bind(JsonNode valid) {
        return (ProposalForm) root.apply(valid);
    }

    /** One record type and the schema fields of its components, in component order. */
    private static final class RecordBinder implements Function<JsonNode, Object> {
        private final Constructor<?> constructor;
        private final String[] names;
        private final Function<JsonNode, Object>[] converters;
        private final Object[] absent;

        @SuppressWarnings("unchecked")
        RecordBinder(Class<?> type, List<ProposalField> fields, String where) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, ProposalField> byName = new LinkedHashMap<>();
            fields.forEach(f -> byName.put(f.name(), f));
            names = new String[components.length];
            converters = new Function[components.length];
            absent = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                ProposalField field = byName.remove(component.getName());
                if (field == null) {
                    throw new IllegalStateException(type.getSimpleName() + "." + component.getName()
                            + " has no field " + where + component.getName() + " in proposal.schema.json");
                }
                names[i] = field.name();
                converters[i] = converter(component.getGenericType(), field);
                JsonNode fallback = field.schema().get("default");
                absent[i] = fallback != null ? converters[i].apply(fallback)
                        : component.getType() == boolean.class ? Boolean.FALSE : null;
            }
            if (!byName.isEmpty()) {
                throw new IllegalStateException("proposal.schema.json fields " + byName.keySet().stream()
                        .map(n -> where + n).toList() + " have no component in " + type.getSimpleName());
            }
            try {
                constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        @Override
        public Object apply(JsonNode object) {
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                JsonNode value = object.get(names[i]);
                values[i] = value == null || value.isNull() ? copy(absent[i]) : converters[i].apply(value);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("binding " + constructor.getDeclaringClass().getSimpleName() + ": " + e, e);
            }
        }

        /** Defaults that are collections are fresh per proposal (the records' collections are mutable). */
        private static Object copy(Object fallback) {
            if (fallback instanceof Set<?> set) {
                return new LinkedHashSet<>(set);
            }
            if (fallback instanceof List<?> list) {
                return new ArrayList<>(list);
            }
            return fallback;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<JsonNode, Object> converter(Type type, ProposalField field) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return JsonNode::textValue;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonNode::booleanValue;
        }
        if (raw == Long.class || raw == long.class) {
            return JsonNode::longValue;
        }
        if (raw == Integer.class || raw == int.class) {
            return v -> (int) v.longValue();
        }
        if (raw == BigDecimal.class) {
            return v -> {
                BigDecimal exact = v.decimalValue().stripTrailingZeros();
                return exact.scale() < 0 ? exact.setScale(0) : exact;
            };
        }
        if (raw == OffsetDateTime.class) {
            return v -> IsoOffsetDateTime.parse(v.textValue());
        }
        if (raw.isEnum()) {
            return enumConverter((Class<? extends Enum>) raw);
        }
        if (raw.isRecord()) {
            return new RecordBinder(raw, field.children(), field.path() + ".");
        }
        if (raw == List.class || raw == Set.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Function<JsonNode, Object> item = converter(element, field);
            if (raw == List.class) {
                return v -> {
                    List<Object> list = new ArrayList<>(v.size());
                    v.forEach(i -> list.add(item.apply(i)));
                    return list;
                };
            }
            Class<?> elementClass = (Class<?>) element;
            if (elementClass.isEnum() && elementClass.getEnumConstants().length <= 64) {
                Object[] constants = elementClass.getEnumConstants();
                return v -> {   // in vocabulary order, by a mask of ordinals: no sorted copy per set
                    long mask = 0;
                    for (JsonNode i : v) {
                        mask |= 1L << ((Enum<?>) item.apply(i)).ordinal();
                    }
                    Set<Object> ordered = new LinkedHashSet<>(Math.max(4, 2 * Long.bitCount(mask)));
                    for (long rest = mask; rest != 0; rest &= rest - 1) {
                        ordered.add(constants[Long.numberOfTrailingZeros(rest)]);
                    }
                    return ordered;
                };
            }
            Comparator<Object> order = elementClass.isEnum() ? Comparator.comparingInt(e -> ((Enum<?>) e).ordinal())
                    : Comparator.comparing(Object::toString);
            return v -> {
                TreeSet<Object> sorted = new TreeSet<>(order);
                v.forEach(i -> sorted.add(item.apply(i)));
                return new LinkedHashSet<>(sorted);
            };
        }
        throw new IllegalStateException("no binding for " + type + " (field " + field.path() + ")");
    }

    private static <E extends Enum<E>> Function<JsonNode, Object> enumConverter(Class<E> type) {
        Map<String, E> byName = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name(), constant);
        }
        return v -> {
            E constant = byName.get(v.textValue());
            if (constant == null) {
                throw new IllegalStateException(v + " is no " + type.getSimpleName() + " although the schema let it pass");
            }
            return constant;
        };
    }
}
