package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
        return check(proposal).problems();
    }

    /**
     * One walk: the schema's problems, and whether a string it type-checked has a character INTAKE.md refuses. On
     * a proposal without problems every string was type-checked ({@code additionalProperties: false} everywhere,
     * every property typed), so then {@code unfitText} false means the whole tree is clean.
     */
    @Override
    public Checked check(JsonNode proposal) {
        Sink sink = new Sink();
        root.check(proposal, sink);
        return new Checked(sink.problems == null ? List.of() : sink.problems, sink.unfitText);
    }

    // ---- checking ----

    private interface Check {
        void check(JsonNode value, Sink sink);
    }

    /**
     * Collects problems, or (inside {@code if} and {@code contains}, while muted) only whether there was one; and
     * keeps the JSON path walked so far as a stack of names and indexes, written out only for a problem: walking a
     * valid proposal allocates nothing per node.
     */
    private static final class Sink {
        List<FieldProblem> problems;
        boolean failed;
        boolean unfitText;
        int muted;
        private String[] names = new String[16];
        private int[] indexes = new int[16];
        private int depth;

        void fail(Message message, String property, JsonNode value) {
            failed = true;
            if (muted == 0) {
                if (problems == null) {
                    problems = new ArrayList<>(4);
                }
                problems.add(message.at(path(), property, value));
            }
        }

        void enter(String name) {
            push(name, -1);
        }

        void enterItem(int index) {
            push(null, index);
        }

        void leave() {
            depth--;
        }

        private void push(String name, int index) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            indexes[depth] = index;
            depth++;
        }

        /** As {@code ProposalValidator.path} (the oracle, test code): {@code company.valueChain[1]}; the body itself is {@code $}. */
        String path() {
            if (depth == 0) {
                return "$";
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                if (names[i] == null) {
                    out.append('[').append(indexes[i]).append(']');
                } else {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(names[i]);
                }
            }
            return out.toString();
        }

        /** Whether {@code check} fails on {@code value}, without reporting (a condition; an item of {@code contains}). */
        boolean fails(Check check, JsonNode value) {
            boolean before = failed;
            failed = false;
            muted++;
            try {
                check.check(value, this);
                return failed;
            } finally {
                muted--;
                failed = before;
            }
        }
    }

    /** A member given as JSON {@code null} counts as absent (INTAKE.md), so no copy without nulls is needed. */
    private static JsonNode member(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
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

        FieldProblem at(String where, String property, JsonNode value) {
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
            return schema.booleanValue() ? (v, s) -> { } : (v, s) -> s.fail(never, null, v);
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
        return all.length == 1 ? all[0] : (value, sink) -> {
            for (Check c : all) {
                c.check(value, sink);
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
                yield (v, s) -> {
                    if (!allowed.contains(v)) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "const" -> (v, s) -> {
                if (!arg.equals(v)) {
                    s.fail(message, null, v);
                }
            };
            case "minLength" -> {
                int min = arg.intValue();
                yield (v, s) -> {
                    if (v.isTextual() && v.textValue().length() < 2 * min && codePoints(v.textValue()) < min) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "maxLength" -> {
                int max = arg.intValue();
                yield (v, s) -> {
                    if (v.isTextual() && v.textValue().length() > max && codePoints(v.textValue()) > max) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "pattern" -> {
                if (arg.asText().equals("\\S")) {   // "not blank", the commonest: no Matcher per string
                    yield (v, s) -> {
                        if (v.isTextual() && blank(v.textValue())) {
                            s.fail(message, null, v);
                        }
                    };
                }
                Pattern pattern = Pattern.compile(arg.asText());
                yield (v, s) -> {
                    if (v.isTextual() && !pattern.matcher(v.textValue()).find()) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "minimum" -> bound(arg.decimalValue(), true, message);
            case "maximum" -> bound(arg.decimalValue(), false, message);
            case "multipleOf" -> {
                BigDecimal step = arg.decimalValue();
                yield (v, s) -> {
                    if (v.isNumber() && !multiple(v.decimalValue(), step)) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "minItems" -> {
                int min = arg.intValue();
                yield (v, s) -> {
                    if (v.isArray() && v.size() < min) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "maxItems" -> {
                int max = arg.intValue();
                yield (v, s) -> {
                    if (v.isArray() && v.size() > max) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "uniqueItems" -> !arg.asBoolean() ? null : (v, s) -> {
                if (v.isArray() && v.size() > 1 && new HashSet<JsonNode>(listOf(v)).size() != v.size()) {
                    s.fail(message, null, v);
                }
            };
            case "contains" -> {
                Check item = compile(arg, depth + 1);
                yield (v, s) -> {
                    if (v.isArray() && !any(item, v, s)) {
                        s.fail(message, null, v);
                    }
                };
            }
            case "items" -> {
                Check item = compile(arg, depth + 1);
                yield (v, s) -> {
                    if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            s.enterItem(i);
                            item.check(v.get(i), s);
                            s.leave();
                        }
                    }
                };
            }
            case "required" -> {
                String[] names = new String[arg.size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = arg.get(i).asText();
                }
                yield (v, s) -> {
                    if (v.isObject()) {
                        for (String n : names) {
                            if (member(v, n) == null) {
                                s.fail(message, n, v);
                            }
                        }
                    }
                };
            }
            case "properties" -> {
                // One pass over the members, unknown ones included (additionalProperties: false beside it):
                // looking each schema property up in the item's map cost more than the rest of the walk.
                Map<String, Check> byName = new java.util.LinkedHashMap<>();   // schema order, for the by-name walk below
                arg.fields().forEachRemaining(e -> byName.put(e.getKey(), compile(e.getValue(), depth + 1)));
                JsonNode additional = holder.get("additionalProperties");
                Message unknown = additional != null && additional.isBoolean() && !additional.booleanValue()
                        ? Message.of(holder, "additionalProperties") : null;
                if (unknown == null) {   // a condition's or branch's few properties: looked up by name
                    String[] names = byName.keySet().toArray(String[]::new);
                    Check[] checks = Arrays.stream(names).map(byName::get).toArray(Check[]::new);
                    yield (v, s) -> {
                        if (v.isObject()) {
                            for (int i = 0; i < names.length; i++) {
                                JsonNode given = member(v, names[i]);
                                if (given != null) {
                                    s.enter(names[i]);
                                    checks[i].check(given, s);
                                    s.leave();
                                }
                            }
                        }
                    };
                }
                yield (v, s) -> {
                    if (v.isObject()) {
                        List<String> strangers = null;
                        for (Iterator<Map.Entry<String, JsonNode>> members = v.fields(); members.hasNext(); ) {
                            Map.Entry<String, JsonNode> m = members.next();
                            JsonNode given = m.getValue();
                            if (given.isNull()) {
                                continue;   // null counts as absent
                            }
                            Check property = byName.get(m.getKey());
                            if (property != null) {
                                s.enter(m.getKey());
                                property.check(given, s);
                                s.leave();
                            } else if (unknown != null) {
                                if (strangers == null) {
                                    strangers = new ArrayList<>(2);
                                }
                                strangers.add(m.getKey());
                            }
                        }
                        if (strangers != null) {   // after the properties' problems, as the maintained validator reports
                            for (String n : strangers) {
                                s.fail(unknown, n, v);
                            }
                        }
                    }
                };
            }
            case "additionalProperties" -> {
                if (!arg.isBoolean() || arg.booleanValue()) {
                    throw unsupported(name + ": " + arg);
                }
                if (holder.has("properties")) {
                    yield null;   // checked with the properties, in their pass
                }
                yield (v, s) -> {
                    if (v.isObject()) {
                        for (var members = v.fields(); members.hasNext(); ) {
                            Map.Entry<String, JsonNode> m = members.next();
                            if (!m.getValue().isNull()) {
                                s.fail(message, m.getKey(), v);
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
                yield (v, s) -> {
                    for (Check part : parts) {
                        part.check(v, s);
                    }
                };
            }
            case "if" -> {
                Check condition = compile(arg, depth + 1);
                Check then = holder.has("then") ? compile(holder.get("then"), depth + 1) : null;
                Check otherwise = holder.has("else") ? compile(holder.get("else"), depth + 1) : null;
                yield (v, s) -> {
                    Check branch = s.fails(condition, v) ? otherwise : then;
                    if (branch != null) {
                        branch.check(v, s);
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
            case "object" -> (v, s) -> { if (!v.isObject()) { s.fail(message, null, v); } };
            case "array" -> (v, s) -> { if (!v.isArray()) { s.fail(message, null, v); } };
            case "string" -> (v, s) -> {
                if (!v.isTextual()) {
                    s.fail(message, null, v);
                } else if (!s.unfitText && TextCharacters.unfit(v.textValue()) != null) {
                    s.unfitText = true;   // not the schema's problem: the reader names it
                }
            };
            case "boolean" -> (v, s) -> { if (!v.isBoolean()) { s.fail(message, null, v); } };
            case "number" -> (v, s) -> { if (!v.isNumber()) { s.fail(message, null, v); } };
            case "integer" -> (v, s) -> { if (!integral(v)) { s.fail(message, null, v); } };
            case "null" -> (v, s) -> { if (!v.isNull()) { s.fail(message, null, v); } };
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
        boolean longLimit = limit.stripTrailingZeros().scale() <= 0 && limit.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
        long limitLong = longLimit ? limit.longValue() : 0;
        return (v, s) -> {
            if (v.isNumber()) {
                boolean asLong = v.isIntegralNumber() && v.canConvertToLong();
                int c = asLong && longLimit ? Long.compare(v.longValue(), limitLong)
                        : asLong ? BigDecimal.valueOf(v.longValue()).compareTo(limit) : v.decimalValue().compareTo(limit);
                if (lower ? c < 0 : c > 0) {
                    s.fail(message, null, v);
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

    private static boolean any(Check item, JsonNode array, Sink sink) {
        for (int i = 0; i < array.size(); i++) {
            sink.enterItem(i);
            boolean failed = sink.fails(item, array.get(i));
            sink.leave();
            if (!failed) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has no character that the pattern {@code \S} matches (Java's whitespace: space, tab to carriage return). */
    private static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                return false;
            }
        }
        return true;
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
