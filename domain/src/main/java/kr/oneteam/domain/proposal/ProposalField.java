package kr.oneteam.domain.proposal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One property of the proposal schema, by its path of INTAKE.md ({@code compute.quantity}); what the form, the
 * detail view and the coverage test know of a field. {@code schema} is its (resolved) schema node, {@code kind}
 * what it holds, {@code vocabulary} the domain enum of its values (null for free values and ISO-3166 codes).
 */
public record ProposalField(String path, String name, JsonNode schema, boolean required, List<ProposalField> children,
                            Kind kind, Class<? extends Enum<?>> vocabulary) {

    /** What a field holds, and so which widget edits it and how it is shown. */
    public enum Kind {
        /** An object of fields ({@code compute}). */
        BLOCK,
        /** A list of objects ({@code consortium[]}). */
        ITEMS,
        TEXT, LONG_TEXT, DATE_TIME,
        /** One value of a vocabulary. */
        CHOICE,
        /** A set of values of a vocabulary. */
        CHOICES,
        /** A list of free strings or codes. */
        LIST,
        FLAG, INTEGER, DECIMAL
    }

    /** The label's message key in the UI bundles. */
    public String labelKey() {
        return "field." + path;
    }

    /** An annotation of the schema such as {@code x-format}, or null. */
    public String annotation(String name) {
        JsonNode value = schema.get(name);
        return value == null ? null : value.asText();
    }

    public Long minimum() {
        return schema.has("minimum") ? schema.get("minimum").longValue() : null;
    }

    public Long maximum() {
        return schema.has("maximum") ? schema.get("maximum").longValue() : null;
    }

    public Integer maxLength() {
        return schema.has("maxLength") ? schema.get("maxLength").intValue() : null;
    }
}
