package kr.oneteam.app.api;

/** One invalid field as the client sees it: JSON path and a message in the caller's language. */
public record FieldError(String field, String message) {
}
