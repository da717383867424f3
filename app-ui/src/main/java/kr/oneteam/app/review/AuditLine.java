package kr.oneteam.app.review;

import java.time.Instant;

/** One entry of a proposal's append-only history: who did what, when, and the state before and after. */
public record AuditLine(Instant at, String actor, String action, String before, String after) {
}
