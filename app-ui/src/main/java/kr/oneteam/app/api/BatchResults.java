package kr.oneteam.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The answer to a batch: one result per item, in the order of the items. */
record BatchResults(List<BatchResult> results) {
}

/** {@code created} with the new id, or {@code rejected} with every error (and the existing id of a duplicate). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchResult(int index, String status, Long id, List<FieldError> errors, Long existingId) {

    static BatchResult created(int index, long id) {
        return new BatchResult(index, "created", id, null, null);
    }

    static BatchResult rejected(int index, List<FieldError> errors, Long existingId) {
        return new BatchResult(index, "rejected", null, errors, existingId);
    }
}
