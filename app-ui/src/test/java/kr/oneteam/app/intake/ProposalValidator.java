package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The oracle of {@link CompiledSchema} (test code since the intake uses the compiled checks; decision 060):
 * checks a proposal against {@code proposal.schema.json} with networknt's JSON Schema 2020-12 validator, which
 * reports every error in one pass, and turns each into the intake's own message code at the API's JSON path
 * ({@code company.valueChain[1]}): messages stay ours, in Korean and English (messages*.properties).
 *
 * <p>A keyword's code is its default ({@code maxLength} → {@code intake.length}) unless the schema names another
 * with {@code x-message} next to it ({@code "x-message": {"required": "intake.requiredWhen COMPUTE"}}), so that the
 * schema stays the one place where a rule and its wording meet.
 */
public final class ProposalValidator implements SchemaCheck {

    private final ProposalSchema schema;
    private final JsonNode tree;
    private final Schema validator;

    private static volatile ProposalValidator standard;

    /** The validator of the shipped schema, built once (compiling a schema costs milliseconds). */
    public static ProposalValidator standard() {
        ProposalValidator v = standard;
        if (v == null) {
            v = standard = new ProposalValidator(ProposalSchema.standard());
        }
        return v;
    }

    public ProposalValidator(ProposalSchema schema) {
        this.schema = schema;
        this.tree = schema.json();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
        this.validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)).getSchema(tree);
    }

    public ProposalSchema schema() {
        return schema;
    }

    /**
     * Every problem of {@code proposal} (a JSON null member counts as absent: it is removed first), the validator's and then the exact bounds it
     * lacks (it compares {@code 1e400} as an infinite double), so a path may be named twice.
     */
    @Override
    public List<FieldProblem> validate(JsonNode given) {
        JsonNode proposal = ProposalSchema.withoutNulls(given);
        List<Error> errors = validator.validate(proposal);
        List<FieldProblem> problems = new ArrayList<>(errors.size());
        for (Error error : errors) {
            problems.add(problem(error, proposal));
        }
        numbers(schema.fields(), proposal, "", problems);
        return problems;
    }

    /**
     * Bounds checked exactly: the validator compares huge numbers such as {@code 1e400} as doubles (infinite), and
     * one must never reach the binding, where it would wrap around to a small long.
     */
    private static void numbers(List<ProposalField> fields, JsonNode object, String prefix, List<FieldProblem> problems) {
        for (ProposalField field : fields) {
            JsonNode value = object.get(field.name());
            if (value == null) {
                continue;
            }
            String path = prefix + field.name();
            switch (field.kind()) {
                case BLOCK -> {
                    if (value.isObject()) {
                        numbers(field.children(), value, path + ".", problems);
                    }
                }
                case ITEMS -> {
                    for (int i = 0; value.isArray() && i < value.size(); i++) {
                        if (value.get(i).isObject()) {
                            numbers(field.children(), value.get(i), path + "[" + i + "].", problems);
                        }
                    }
                }
                case INTEGER, DECIMAL -> {
                    if (value.isNumber() && outside(value.decimalValue(), field)) {
                        problems.add(FieldProblem.of(path, "intake.range", plain(field.schema().get("minimum")),
                                plain(field.schema().get("maximum"))));
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean outside(BigDecimal value, ProposalField field) {
        JsonNode min = field.schema().get("minimum");
        JsonNode max = field.schema().get("maximum");
        return min != null && value.compareTo(min.decimalValue()) < 0 || max != null && value.compareTo(max.decimalValue()) > 0;
    }

    private static String plain(JsonNode number) {
        return number == null ? "" : number.decimalValue().toPlainString();
    }


    private FieldProblem problem(Error error, JsonNode proposal) {
        String keyword = error.getKeyword();
        JsonNode at = keywordHolder(error);
        String path = path(error.getInstanceLocation());
        FieldProblem named = named(at, keyword, path, error);
        if (named != null) {
            return named;
        }
        return switch (keyword) {
            case "required" -> FieldProblem.of(child(path, error.getProperty()), "intake.required");
            case "additionalProperties" -> FieldProblem.of(child(path, error.getProperty()), "intake.unknown");
            case "type" -> FieldProblem.of(path, "intake.type." + expectedType(at));
            case "enum", "const" -> FieldProblem.of(path, "intake.enum", String.join(", ", values(at.path("enum"))));
            case "minLength", "maxLength" -> FieldProblem.of(path, "intake.length", at.path("minLength").asInt(0),
                    at.path("maxLength").asInt(Integer.MAX_VALUE));
            case "minimum", "maximum" -> FieldProblem.of(path, "intake.range", plain(at.get("minimum")),
                    plain(at.get("maximum")));
            case "maxItems" -> FieldProblem.of(path, "intake.tooMany", at.path("maxItems").asInt());
            case "multipleOf" -> FieldProblem.of(path, "intake.scale",
                    at.get("multipleOf").decimalValue().stripTrailingZeros().scale());
            case "uniqueItems" -> FieldProblem.of(path + "[" + firstRepeat(proposal.at(pointer(error.getInstanceLocation()))) + "]",
                    "intake.duplicateItem");
            default -> FieldProblem.of(path, "intake.invalid", keyword);
        };
    }

    /** The code and arguments the schema names for this keyword, as {@code "code arg1 arg2"}, or null. */
    private static FieldProblem named(JsonNode at, String keyword, String path, Error error) {
        JsonNode message = at.path("x-message").get(keyword);
        if (message == null) {
            return null;
        }
        String[] parts = message.asText().split(" ");
        Object[] args = java.util.Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
        String where = keyword.equals("required") ? child(path, error.getProperty()) : path;
        return FieldProblem.of(where, parts[0], args);
    }

    /** The schema object whose keyword failed (the parent of the keyword in the error's schema location). */
    private JsonNode keywordHolder(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            pointer.append('/').append(fragment.getElement(i).toString().replace("~", "~0").replace("/", "~1"));
        }
        return tree.at(pointer.toString());
    }

    private static String expectedType(JsonNode at) {
        String type = at.path("type").asText();
        return switch (type) {
            case "string", "integer", "number", "boolean", "array", "object" -> type;
            default -> "string";
        };
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }


    private static int firstRepeat(JsonNode array) {
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!seen.add(array.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String child(String path, String name) {
        return path.equals("$") ? name : path + "." + name;
    }

    /** {@code /company/valueChain/1} → {@code company.valueChain[1]}; the body itself is {@code $}. */
    static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String pointer(NodePath location) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            pointer.append('/').append(location.getElement(i));
        }
        return pointer.toString();
    }
}
