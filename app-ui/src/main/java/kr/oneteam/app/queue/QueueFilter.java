package kr.oneteam.app.queue;

import java.time.LocalDate;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/**
 * What the officer narrowed the queue to; every part is optional (null = any). {@code eligibility} with a
 * {@code programme} means "that programme's recommendation has this eligibility", without one "any
 * recommendation has it". Dates are days in Asia/Seoul, both ends included.
 */
public record QueueFilter(ProposalStatus status, String programme, Eligibility eligibility, Category category,
                          SizeClass sizeClass, Region region, LocalDate receivedFrom, LocalDate receivedTo,
                          String text, boolean overdueOnly) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null, null, null, false);
    }

    public QueueFilter withStatus(ProposalStatus newStatus) {
        return new QueueFilter(newStatus, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly);
    }

    public QueueFilter withText(String newText) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, newText, overdueOnly);
    }

    public QueueFilter withProgramme(String newProgramme, Eligibility newEligibility) {
        return new QueueFilter(status, newProgramme, newEligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly);
    }

    /** The free text as searched: trimmed, blank meaning none. */
    public String searchText() {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
