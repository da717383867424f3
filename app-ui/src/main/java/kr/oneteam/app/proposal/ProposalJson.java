package kr.oneteam.app.proposal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The proposal contract's JSON and {@link ProposalForm} into each other by Jackson, by name: the form records are
 * the typed view of a document of {@code proposal.schema.json} (decision 060), not a shape read by hand.
 */
public final class ProposalJson {

    /**
     * Offsets kept as sent, sets in the document's (vocabulary) order, dates as ISO text; strict about unknown
     * properties, so a schema field without a record component fails loudly (ProposalModelCoverageTest names it).
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final com.fasterxml.jackson.databind.ObjectReader FORM = MAPPER.readerFor(ProposalForm.class);

    /** The stored document: as {@link #tree}, without the members that are null (INTAKE.md: null is "not given"). */
    private static final com.fasterxml.jackson.databind.ObjectWriter STORED = MAPPER.copy()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .writerFor(ProposalForm.class);

    private ProposalJson() {
    }

    /** A valid, normalised document as the form records. */
    public static ProposalForm bind(JsonNode document) {
        try {
            return FORM.readValue(document);
        } catch (IOException e) {
            throw new IllegalStateException("a valid proposal does not bind to ProposalForm: the schema and the form"
                    + " records differ (" + e.getMessage() + ")", e);
        }
    }

    /** The form as the document stored in {@code proposal.content} (decision 061); {@link ProposalBinder} reads it back. */
    public static String stored(ProposalForm form) {
        try {
            return STORED.writeValueAsString(form);
        } catch (IOException e) {
            throw new IllegalStateException("a proposal form does not write as JSON: " + e.getMessage(), e);
        }
    }

    /** The form as a document of the contract (absent blocks as JSON null). */
    public static ObjectNode tree(ProposalForm form) {
        return MAPPER.valueToTree(form);
    }
}
