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
                          String text, boolean overdueOnly, String assignee) {

    /** Without an assignee: every proposal whoever has it (h-desk added {@code assignee}, issue 11). */
    public QueueFilter(ProposalStatus status, String programme, Eligibility eligibility, Category category,
                       SizeClass sizeClass, Region region, LocalDate receivedFrom, LocalDate receivedTo,
                       String text, boolean overdueOnly) {
        this(status, programme, eligibility, category, sizeClass, region, receivedFrom, receivedTo, text, overdueOnly,
                null);
    }

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null, null, null, false, null);
    }

    /** Only the proposals {@code username} has (null: whoever has them). */
    public QueueFilter withAssignee(String username) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, username);
    }

    public QueueFilter withStatus(ProposalStatus newStatus) {
        return new QueueFilter(newStatus, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, assignee);
    }

    public QueueFilter withText(String newText) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, newText, overdueOnly, assignee);
    }

    public QueueFilter withProgramme(String newProgramme, Eligibility newEligibility) {
        return new QueueFilter(status, newProgramme, newEligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, assignee);
    }

    /** The free text as searched: trimmed, blank meaning none. */
    public String searchText() {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
