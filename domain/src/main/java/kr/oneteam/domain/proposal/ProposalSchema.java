package kr.oneteam.domain.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The proposal's one contract (decision 060): {@code proposal.schema.json}, a JSON Schema 2020-12, loaded with the
 * enumerations filled in from the domain vocabulary ({@code "x-vocabulary": "SizeClass"} becomes that enum's
 * constants, {@code "ISO-3166"} the ISO country codes), so that no value list is written twice.
 *
 * <p>Besides the schema itself it offers its fields as a tree ({@link #fields()}: what the form, the detail view
 * and the coverage test walk) and the canonical form of a valid proposal ({@link #normalise}): what is stored.
 */
public final class ProposalSchema {

    public static final String RESOURCE = "/kr/oneteam/domain/proposal/proposal.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VOCABULARY_PACKAGE = "kr.oneteam.domain.vocabulary.";
    private static volatile ProposalSchema standard;

    private final ObjectNode schema;
    private final List<ProposalField> fields;
    private final Map<String, ProposalField> byPath = new LinkedHashMap<>();

    private ProposalSchema(ObjectNode raw) {
        this.schema = raw;
        fillVocabularies(schema);
        this.fields = children(schema, "");
        index(fields);
    }

    /** The shipped contract. */
    public static ProposalSchema standard() {
        ProposalSchema s = standard;
        if (s == null) {
            try (InputStream in = ProposalSchema.class.getResourceAsStream(RESOURCE)) {
                s = standard = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    /** A schema read from {@code in} (e.g. a copy with one more field, in a test). */
    public static ProposalSchema read(InputStream in) throws IOException {
        return new ProposalSchema((ObjectNode) JSON.readTree(in));
    }

    /** A schema from its tree (copied). */
    public static ProposalSchema of(JsonNode tree) {
        return new ProposalSchema(((ObjectNode) tree).deepCopy());
    }

    /** The schema with its enumerations filled in; a copy, so callers may change it. */
    public ObjectNode json() {
        return schema.deepCopy();
    }

    /** The top-level fields in contract order; objects carry their own fields. */
    public List<ProposalField> fields() {
        return fields;
    }

    /** Every field, depth first in contract order: {@code company}, {@code company.name}, … */
    public List<ProposalField> allFields() {
        return List.copyOf(byPath.values());
    }

    public ProposalField field(String path) {
        ProposalField field = byPath.get(path);
        if (field == null) {
            throw new IllegalArgumentException("no field " + path + " in the proposal schema");
        }
        return field;
    }

    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    /** The schema node that {@code node} stands for, following a local {@code $ref}. */
    public JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        JsonNode target = schema.at(ref.asText().substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("unresolved $ref " + ref.asText());
        }
        return resolve(target);
    }

    /**
     * The canonical stored form of a valid proposal: members in contract order, JSON nulls dropped (null counts as
     * absent), defaults filled in, sets without repeats in vocabulary order, integers as integers and decimals
     * without trailing zeros. Two submissions that mean the same proposal give the same document.
     */
    public ObjectNode normalise(JsonNode valid) {
        return normaliseObject(valid, schema);
    }

    /** {@code node} without JSON nulls as object members (INTAKE.md: null counts as absent); itself when it has none. */
    public static JsonNode withoutNulls(JsonNode node) {
        return hasNullMember(node) ? copyWithoutNulls(node) : node;
    }

    private static boolean hasNullMember(JsonNode node) {
        for (JsonNode child : node) {
            if (child.isNull() && node.isObject() || child.isContainerNode() && hasNullMember(child)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode copyWithoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), copyWithoutNulls(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            node.forEach(item -> copy.add(copyWithoutNulls(item)));
            return copy;
        }
        return node;
    }

    private ObjectNode normaliseObject(JsonNode value, JsonNode objectSchema) {
        ObjectNode out = NODES.objectNode();
        JsonNode properties = resolve(objectSchema).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode given = value.get(property.getKey());
            JsonNode propertySchema = resolve(property.getValue());
            if (given == null || given.isNull()) {
                JsonNode fallback = propertySchema.get("default");
                if (fallback != null) {
                    out.set(property.getKey(), fallback.deepCopy());
                }
                continue;
            }
            out.set(property.getKey(), normaliseValue(given, propertySchema));
        }
        return out;
    }

    private JsonNode normaliseValue(JsonNode given, JsonNode s) {
        String type = s.path("type").asText();
        switch (type) {
            case "object":
                return normaliseObject(given, s);
            case "array": {
                JsonNode items = resolve(s.path("items"));
                List<JsonNode> values = new ArrayList<>();
                for (JsonNode item : given) {
                    values.add(normaliseValue(item, items));
                }
                if (s.path("x-set").asBoolean()) {
                    List<String> order = enumOrder(items);
                    TreeSet<JsonNode> set = new TreeSet<>(Comparator.comparingInt((JsonNode n) ->
                            order.isEmpty() ? 0 : order.indexOf(n.asText())).thenComparing((JsonNode n) -> n.asText()));
                    set.addAll(values);
                    values = new ArrayList<>(set);
                }
                ArrayNode out = NODES.arrayNode(values.size());
                values.forEach(out::add);
                return out;
            }
            case "integer":
                return NODES.numberNode(given.longValue());
            case "number": {
                BigDecimal exact = given.decimalValue().stripTrailingZeros();
                return NODES.numberNode(exact.scale() < 0 ? exact.setScale(0) : exact);
            }
            default:
                return given.deepCopy();
        }
    }

    private static List<String> enumOrder(JsonNode items) {
        List<String> order = new ArrayList<>();
        items.path("enum").forEach(v -> order.add(v.asText()));
        return order;
    }

    // ---- loading ----

    private static void fillVocabularies(JsonNode node) {
        if (node.isObject()) {
            JsonNode vocabulary = node.get("x-vocabulary");
            if (vocabulary != null && !node.has("enum")) {
                ArrayNode values = ((ObjectNode) node).putArray("enum");
                constants(vocabulary.asText()).forEach(values::add);
            }
            node.forEach(ProposalSchema::fillVocabularies);
        } else if (node.isArray()) {
            node.forEach(ProposalSchema::fillVocabularies);
        }
    }

    /** The values a vocabulary name stands for. */
    static List<String> constants(String vocabulary) {
        if (vocabulary.equals("ISO-3166")) {
            return Arrays.stream(Locale.getISOCountries()).sorted().toList();
        }
        return Arrays.stream(vocabularyClass(vocabulary).getEnumConstants()).map(Enum::name).toList();
    }

    /** The domain enum a vocabulary name stands for, or null for ISO-3166. */
    @SuppressWarnings("unchecked")
    static Class<? extends Enum<?>> vocabularyClass(String vocabulary) {
        if (vocabulary.equals("ISO-3166")) {
            return null;
        }
        try {
            Class<?> type = Class.forName(VOCABULARY_PACKAGE + vocabulary);
            if (!type.isEnum()) {
                throw new IllegalStateException(vocabulary + " is not a vocabulary enum");
            }
            return (Class<? extends Enum<?>>) type;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("x-vocabulary " + vocabulary + " names no class of " + VOCABULARY_PACKAGE, e);
        }
    }

    private List<ProposalField> children(JsonNode objectSchema, String prefix) {
        List<ProposalField> list = new ArrayList<>();
        JsonNode resolved = resolve(objectSchema);
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(r -> required.add(r.asText()));
        resolved.path("properties").fields().forEachRemaining(e -> {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode node = resolve(e.getValue());
            List<ProposalField> nested = List.of();
            if ("object".equals(node.path("type").asText())) {
                nested = children(node, path);
            } else if ("array".equals(node.path("type").asText())
                    && "object".equals(resolve(node.path("items")).path("type").asText())) {
                nested = children(resolve(node.path("items")), path);
            }
            list.add(new ProposalField(path, e.getKey(), node, required.contains(e.getKey()), nested,
                    kindOf(node), vocabularyOf(node)));
        });
        return Collections.unmodifiableList(list);
    }

    private void index(List<ProposalField> list) {
        for (ProposalField f : list) {
            byPath.put(f.path(), f);
            index(f.children());
        }
    }

    private ProposalField.Kind kindOf(JsonNode node) {
        String type = node.path("type").asText();
        return switch (type) {
            case "object" -> ProposalField.Kind.BLOCK;
            case "boolean" -> ProposalField.Kind.FLAG;
            case "integer" -> ProposalField.Kind.INTEGER;
            case "number" -> ProposalField.Kind.DECIMAL;
            case "array" -> {
                JsonNode items = resolve(node.path("items"));
                String itemType = items.path("type").asText();
                yield itemType.equals("object") ? ProposalField.Kind.ITEMS
                        : items.has("x-vocabulary") ? ProposalField.Kind.CHOICES : ProposalField.Kind.LIST;
            }
            case "string" -> node.has("x-vocabulary") ? ProposalField.Kind.CHOICE
                    : "date-time".equals(node.path("format").asText()) ? ProposalField.Kind.DATE_TIME
                    : node.path("maxLength").asInt(0) > 1000 ? ProposalField.Kind.LONG_TEXT : ProposalField.Kind.TEXT;
            default -> throw new IllegalStateException("the proposal schema has a property of no known type: " + node);
        };
    }

    private Class<? extends Enum<?>> vocabularyOf(JsonNode node) {
        JsonNode vocabulary = node.has("x-vocabulary") ? node.get("x-vocabulary")
                : resolve(node.path("items")).get("x-vocabulary");
        return vocabulary == null ? null : vocabularyClass(vocabulary.asText());
    }
}
