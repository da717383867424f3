package kr.oneteam.app.review;

/** An amount of won in a proposal field, so the view shows it as {@code ₩1,000,000} rather than a bare number. */
public record Krw(long amount) {
}
