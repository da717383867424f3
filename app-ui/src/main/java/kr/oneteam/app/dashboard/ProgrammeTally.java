package kr.oneteam.app.dashboard;

import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.vocabulary.Eligibility;

/** Proposals with a recommendation of {@code programme} at {@code eligibility}. */
public record ProgrammeTally(String programme, Eligibility eligibility, long count, QueueFilter link) {
}
