package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A small JSON object body read strictly, like the catalogue's: unknown fields, wrong types and missing required
 * fields are all collected by field name and refused together ({@link DraftApiRefused.Fields}), before any
 * service is called.
 */
final class JsonBody {

    private final JsonNode body;
    private final List<DraftApiRefused.FieldKey> problems = new ArrayList<>();

    private JsonBody(JsonNode body) {
        this.body = body;
    }

    /** An absent body counts as {@code {}}; anything but an object is refused at {@code $}. */
    static JsonBody of(JsonNode body, String... fields) {
        JsonBody read = new JsonBody(body == null || body.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode() : body);
        if (!read.body.isObject()) {
            throw new DraftApiRefused.Fields(List.of(new DraftApiRefused.FieldKey("$", "workspace.api.object")));
        }
        Set<String> known = Set.of(fields);
        for (Iterator<String> names = read.body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                read.problem(name, "workspace.api.unknownField");
            }
        }
        return read;
    }

    String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem(field, "workspace.api.string");
            return null;
        }
        return value.textValue();
    }

    String required(String field) {
        String value = text(field);
        if (value == null && (body.get(field) == null || body.get(field).isNull())) {
            problem(field, "workspace.api.required");
        }
        return value;
    }

    Long whole(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem(field, "workspace.api.integer");
            return null;
        }
        return value.longValue();
    }

    void problem(String field, String key) {
        problems.add(new DraftApiRefused.FieldKey(field, key));
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new DraftApiRefused.Fields(problems);
        }
    }
}
