package kr.oneteam.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The answer to a batch: one result per item, in the order of the items. */
record BatchResults(List<BatchResult> results) {
}

/**
 * {@code created} with the new id (and {@code routingFailure} when a rule failed on it: stored as 미분류),
 * {@code duplicate} with the id already stored under its externalRef, or {@code rejected} with every error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchResult(int index, String status, Long id, List<FieldError> errors, Long existingId, String message,
                   String routingFailure) {

    static BatchResult created(int index, long id, String routingFailure) {
        return new BatchResult(index, "created", id, null, null, null, routingFailure);
    }

    static BatchResult duplicate(int index, long existingId, String message) {
        return new BatchResult(index, "duplicate", null, null, existingId, message, null);
    }

    static BatchResult rejected(int index, List<FieldError> errors) {
        return new BatchResult(index, "rejected", null, errors, null, null, null);
    }
}
