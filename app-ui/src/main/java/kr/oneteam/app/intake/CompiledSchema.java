package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code proposal.schema.json} compiled once into a tree of checks for the keywords the contract uses (type,
 * enum/const, lengths in code points, pattern, bounds compared exactly, multipleOf, item counts, uniqueItems,
 * contains, required, properties, additionalProperties false, allOf, if/then/else, local $ref). It reports what
 * the maintained validator reports, with the same codes and JSON paths ({@code ProposalValidator}, test code, is kept as the
 * oracle: {@code CompiledSchemaTest} compares the two over the validation corpus and random documents), but does
 * no per-item schema work: a valid proposal costs one walk over its tree and allocates nothing.
 *
 * <p>A keyword it does not know makes compiling fail, naming the keyword: the schema cannot silently say more
 * than is checked.
 */
public final class CompiledSchema implements SchemaCheck {

    /** Keywords that only annotate (format assertions are off in the oracle too). */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "$comment", "title", "description",
            "default", "examples", "format", "deprecated", "readOnly", "writeOnly");

    private static volatile CompiledSchema standard;

    private final JsonNode tree;
    private final Check root;
    private final Map<String, Check> refs = new HashMap<>();

    /** The shipped schema, compiled once. */
    public static CompiledSchema standard() {
        CompiledSchema s = standard;
        if (s == null) {
            s = standard = new CompiledSchema(ProposalSchema.standard());
        }
        return s;
    }

    public CompiledSchema(ProposalSchema schema) {
        this.tree = schema.json();
        this.root = compile(tree, 0);
    }

    @Override
    public List<FieldProblem> validate(JsonNode proposal) {
        Sink sink = new Sink(true);
        root.check(proposal, Path.ROOT, sink);
        return sink.problems == null ? List.of() : sink.problems;
    }

    // ---- checking ----

    private interface Check {
        void check(JsonNode value, Path path, Sink sink);
    }

    /** Collects problems, or (inside {@code if}) only whether there was one. */
    private static final class Sink {
        final boolean collecting;
        List<FieldProblem> problems;
        boolean failed;

        Sink(boolean collecting) {
            this.collecting = collecting;
        }

        void fail(Message message, Path path, String property, JsonNode value) {
            failed = true;
            if (collecting) {
                if (problems == null) {
                    problems = new ArrayList<>(4);
                }
                problems.add(message.at(path, property, value));
            }
        }
    }

    /** A JSON path built only as far as it is walked, written out only for a problem. */
    private record Path(Path parent, String name, int index) {
        static final Path ROOT = new Path(null, null, -1);

        Path child(String property) {
            return new Path(this, property, -1);
        }

        Path item(int i) {
            return new Path(this, null, i);
        }

        /** As {@code ProposalValidator.path} (the oracle, test code): {@code company.valueChain[1]}; the body itself is {@code $}. */
        String text() {
            if (parent == null) {
                return "$";
            }
            StringBuilder out = new StringBuilder();
            write(out);
            return out.toString();
        }

        private void write(StringBuilder out) {
            if (parent == null) {
                return;
            }
            parent.write(out);
            if (name == null) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
    }

    /**
     * What a failed keyword says, worked out once from the schema object holding it exactly as
     * {@code ProposalValidator} maps the maintained validator's errors: the keyword's default code, or the one
     * {@code x-message} names next to it.
     */
    private record Message(String keyword, String code, Object[] args, boolean atRepeat) {

        Message(String keyword, String code, Object[] args) {
            this(keyword, code, args, false);
        }

        static Message of(JsonNode holder, String keyword) {
            JsonNode named = holder.path("x-message").get(keyword);
            if (named != null) {
                String[] parts = named.asText().split(" ");
                return new Message(keyword, parts[0], Arrays.copyOfRange(parts, 1, parts.length, Object[].class));
            }
            return switch (keyword) {
                case "required" -> new Message(keyword, "intake.required", new Object[0]);
                case "additionalProperties" -> new Message(keyword, "intake.unknown", new Object[0]);
                case "type" -> new Message(keyword, "intake.type." + expectedType(holder), new Object[0]);
                case "enum", "const" -> new Message(keyword, "intake.enum", new Object[] {enumText(holder)});
                case "minLength", "maxLength" -> new Message(keyword, "intake.length", new Object[] {
                        holder.path("minLength").asInt(0), holder.path("maxLength").asInt(Integer.MAX_VALUE)});
                case "minimum", "maximum" -> new Message(keyword, "intake.range", new Object[] {
                        plain(holder.get("minimum")), plain(holder.get("maximum"))});
                case "maxItems" -> new Message(keyword, "intake.tooMany", new Object[] {holder.path("maxItems").asInt()});
                case "multipleOf" -> new Message(keyword, "intake.scale", new Object[] {
                        holder.get("multipleOf").decimalValue().stripTrailingZeros().scale()});
                case "uniqueItems" -> new Message(keyword, "intake.duplicateItem", new Object[0], true);
                default -> new Message(keyword, "intake.invalid", new Object[] {keyword});
            };
        }

        FieldProblem at(Path path, String property, JsonNode value) {
            String where = path.text();
            if (property != null) {
                where = where.equals("$") ? property : where + "." + property;
            } else if (atRepeat) {
                where = where + "[" + firstRepeat(value) + "]";
            }
            return new FieldProblem(where, code, List.of(args));
        }

        private static String expectedType(JsonNode holder) {
            String type = holder.path("type").asText();
            return switch (type) {
                case "string", "integer", "number", "boolean", "array", "object" -> type;
                default -> "string";
            };
        }

        private static String enumText(JsonNode holder) {
            List<String> values = new ArrayList<>();
            holder.path("enum").forEach(v -> values.add(v.asText()));
            return String.join(", ", values);
        }

        private static String plain(JsonNode number) {
            return number == null ? "" : number.decimalValue().toPlainString();
        }
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

    // ---- compiling ----

    private Check compile(JsonNode schema, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("proposal.schema.json nests deeper than 64 levels (a $ref cycle?)");
        }
        if (schema.isBoolean()) {
            Message never = new Message("false", "intake.invalid", new Object[] {"false"});
            return schema.booleanValue() ? (v, p, s) -> { } : (v, p, s) -> s.fail(never, p, null, v);
        }
        List<Check> checks = new ArrayList<>();
        Check unknownProperties = null;   // reported after the properties', as the maintained validator does
        for (Map.Entry<String, JsonNode> keyword : (Iterable<Map.Entry<String, JsonNode>>) schema::fields) {
            String name = keyword.getKey();
            JsonNode arg = keyword.getValue();
            if (ANNOTATIONS.contains(name) || name.startsWith("x-") || name.equals("then") || name.equals("else")) {
                continue;
            }
            Check check = keyword(schema, name, arg, depth);
            if (name.equals("additionalProperties")) {
                unknownProperties = check;
            } else if (check != null) {
                checks.add(check);
            }
        }
        if (unknownProperties != null) {
            checks.add(unknownProperties);
        }
        Check[] all = checks.toArray(Check[]::new);
        return all.length == 1 ? all[0] : (value, path, sink) -> {
            for (Check c : all) {
                c.check(value, path, sink);
            }
        };
    }

    private Check keyword(JsonNode holder, String name, JsonNode arg, int depth) {
        Message message = Message.of(holder, name);
        return switch (name) {
            case "$ref" -> ref(arg.asText(), depth);
            case "type" -> type(arg.asText(), message);
            case "enum" -> {
                Set<JsonNode> allowed = new HashSet<>();
                arg.forEach(allowed::add);
                yield (v, p, s) -> {
                    if (!allowed.contains(v)) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "const" -> (v, p, s) -> {
                if (!arg.equals(v)) {
                    s.fail(message, p, null, v);
                }
            };
            case "minLength" -> {
                int min = arg.intValue();
                yield (v, p, s) -> {
                    if (v.isTextual() && v.textValue().length() < 2 * min && codePoints(v.textValue()) < min) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "maxLength" -> {
                int max = arg.intValue();
                yield (v, p, s) -> {
                    if (v.isTextual() && v.textValue().length() > max && codePoints(v.textValue()) > max) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "pattern" -> {
                Pattern pattern = Pattern.compile(arg.asText());
                yield (v, p, s) -> {
                    if (v.isTextual() && !pattern.matcher(v.textValue()).find()) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "minimum" -> bound(arg.decimalValue(), true, message);
            case "maximum" -> bound(arg.decimalValue(), false, message);
            case "multipleOf" -> {
                BigDecimal step = arg.decimalValue();
                yield (v, p, s) -> {
                    if (v.isNumber() && !multiple(v.decimalValue(), step)) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "minItems" -> {
                int min = arg.intValue();
                yield (v, p, s) -> {
                    if (v.isArray() && v.size() < min) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "maxItems" -> {
                int max = arg.intValue();
                yield (v, p, s) -> {
                    if (v.isArray() && v.size() > max) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "uniqueItems" -> !arg.asBoolean() ? null : (v, p, s) -> {
                if (v.isArray() && v.size() > 1 && new HashSet<JsonNode>(listOf(v)).size() != v.size()) {
                    s.fail(message, p, null, v);
                }
            };
            case "contains" -> {
                Check item = compile(arg, depth + 1);
                yield (v, p, s) -> {
                    if (v.isArray() && !any(item, v, p)) {
                        s.fail(message, p, null, v);
                    }
                };
            }
            case "items" -> {
                Check item = compile(arg, depth + 1);
                yield (v, p, s) -> {
                    if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            item.check(v.get(i), p.item(i), s);
                        }
                    }
                };
            }
            case "required" -> {
                String[] names = new String[arg.size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = arg.get(i).asText();
                }
                yield (v, p, s) -> {
                    if (v.isObject()) {
                        for (String n : names) {
                            if (!v.has(n)) {
                                s.fail(message, p, n, v);
                            }
                        }
                    }
                };
            }
            case "properties" -> {
                Map<String, Check> properties = new LinkedHashMap<>();
                arg.fields().forEachRemaining(e -> properties.put(e.getKey(), compile(e.getValue(), depth + 1)));
                yield (v, p, s) -> {
                    if (v.isObject()) {
                        for (Map.Entry<String, Check> property : properties.entrySet()) {
                            JsonNode given = v.get(property.getKey());
                            if (given != null) {
                                property.getValue().check(given, p.child(property.getKey()), s);
                            }
                        }
                    }
                };
            }
            case "additionalProperties" -> {
                if (!arg.isBoolean() || arg.booleanValue()) {
                    throw unsupported(name + ": " + arg);
                }
                Set<String> known = new HashSet<>();
                holder.path("properties").fieldNames().forEachRemaining(known::add);
                yield (v, p, s) -> {
                    if (v.isObject() && v.size() > 0) {
                        for (var names = v.fieldNames(); names.hasNext(); ) {
                            String n = names.next();
                            if (!known.contains(n)) {
                                s.fail(message, p, n, v);
                            }
                        }
                    }
                };
            }
            case "allOf" -> {
                Check[] parts = new Check[arg.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = compile(arg.get(i), depth + 1);
                }
                yield (v, p, s) -> {
                    for (Check part : parts) {
                        part.check(v, p, s);
                    }
                };
            }
            case "if" -> {
                Check condition = compile(arg, depth + 1);
                Check then = holder.has("then") ? compile(holder.get("then"), depth + 1) : null;
                Check otherwise = holder.has("else") ? compile(holder.get("else"), depth + 1) : null;
                yield (v, p, s) -> {
                    Sink test = new Sink(false);
                    condition.check(v, p, test);
                    Check branch = test.failed ? otherwise : then;
                    if (branch != null) {
                        branch.check(v, p, s);
                    }
                };
            }
            default -> throw unsupported(name);
        };
    }

    private Check ref(String ref, int depth) {
        if (!ref.startsWith("#")) {
            throw unsupported("$ref to another document (" + ref + ")");
        }
        Check known = refs.get(ref);
        if (known != null) {
            return known;
        }
        JsonNode target = tree.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("proposal.schema.json: unresolved $ref " + ref);
        }
        Check compiled = compile(target, depth + 1);
        refs.put(ref, compiled);
        return compiled;
    }

    private static Check type(String type, Message message) {
        return switch (type) {
            case "object" -> (v, p, s) -> { if (!v.isObject()) { s.fail(message, p, null, v); } };
            case "array" -> (v, p, s) -> { if (!v.isArray()) { s.fail(message, p, null, v); } };
            case "string" -> (v, p, s) -> { if (!v.isTextual()) { s.fail(message, p, null, v); } };
            case "boolean" -> (v, p, s) -> { if (!v.isBoolean()) { s.fail(message, p, null, v); } };
            case "number" -> (v, p, s) -> { if (!v.isNumber()) { s.fail(message, p, null, v); } };
            case "integer" -> (v, p, s) -> { if (!integral(v)) { s.fail(message, p, null, v); } };
            case "null" -> (v, p, s) -> { if (!v.isNull()) { s.fail(message, p, null, v); } };
            default -> throw unsupported("type " + type);
        };
    }

    /** JSON Schema: an integer is a number without a fractional part ({@code 8.0} is one, {@code 1e400} too). */
    private static boolean integral(JsonNode v) {
        if (v.isIntegralNumber()) {
            return true;
        }
        if (!v.isNumber()) {
            return false;
        }
        if (v.isDouble() || v.isFloat()) {
            double d = v.doubleValue();
            return !Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d);
        }
        return v.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    /** Exact: {@code 1e400} is above any maximum, never an infinity or a wrapped long. */
    private static Check bound(BigDecimal limit, boolean lower, Message message) {
        return (v, p, s) -> {
            if (v.isNumber()) {
                int c = v.isIntegralNumber() && v.canConvertToLong()
                        ? BigDecimal.valueOf(v.longValue()).compareTo(limit) : v.decimalValue().compareTo(limit);
                if (lower ? c < 0 : c > 0) {
                    s.fail(message, p, null, v);
                }
            }
        };
    }

    /**
     * Whether {@code value} is a multiple of {@code step}; a value of more than 40 integer digits is taken as one
     * (its bound reports it): the remainder of {@code 1e999999999} would take the server's time.
     */
    private static boolean multiple(BigDecimal value, BigDecimal step) {
        if (value.precision() - value.scale() > 40) {
            return true;
        }
        return value.remainder(step).signum() == 0;
    }

    private static boolean any(Check item, JsonNode array, Path path) {
        for (int i = 0; i < array.size(); i++) {
            Sink test = new Sink(false);
            item.check(array.get(i), path.item(i), test);
            if (!test.failed) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> list = new ArrayList<>(array.size());
        array.forEach(list::add);
        return list;
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static IllegalStateException unsupported(String keyword) {
        return new IllegalStateException("proposal.schema.json uses " + keyword + ", which CompiledSchema does not"
                + " check: add it there (and a case to CompiledSchemaTest) before the schema may use it");
    }
}
