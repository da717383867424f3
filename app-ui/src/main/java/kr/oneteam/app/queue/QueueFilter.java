package kr.oneteam.app.queue;

import java.time.LocalDate;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.domain.vocabulary.Channel;
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
                          String text, boolean overdueOnly, String assignee, Channel channel,
                          DeadlineState deadline) {

    /** Without channel and reply-deadline state (h-insight added them, issue 10). */
    public QueueFilter(ProposalStatus status, String programme, Eligibility eligibility, Category category,
                       SizeClass sizeClass, Region region, LocalDate receivedFrom, LocalDate receivedTo,
                       String text, boolean overdueOnly, String assignee) {
        this(status, programme, eligibility, category, sizeClass, region, receivedFrom, receivedTo, text, overdueOnly,
                assignee, null, null);
    }

    /** Without an assignee: every proposal whoever has it (h-desk added {@code assignee}, issue 11). */
    public QueueFilter(ProposalStatus status, String programme, Eligibility eligibility, Category category,
                       SizeClass sizeClass, Region region, LocalDate receivedFrom, LocalDate receivedTo,
                       String text, boolean overdueOnly) {
        this(status, programme, eligibility, category, sizeClass, region, receivedFrom, receivedTo, text, overdueOnly,
                null, null, null);
    }

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null, null, null, false, null, null, null);
    }

    /** Only the proposals {@code username} has (null: whoever has them). */
    public QueueFilter withAssignee(String username) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, username, channel, deadline);
    }

    public QueueFilter withStatus(ProposalStatus newStatus) {
        return new QueueFilter(newStatus, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, assignee, channel, deadline);
    }

    public QueueFilter withText(String newText) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, newText, overdueOnly, assignee, channel, deadline);
    }

    public QueueFilter withProgramme(String newProgramme, Eligibility newEligibility) {
        return new QueueFilter(status, newProgramme, newEligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, assignee, channel, deadline);
    }

    /** Only proposals received through {@code newChannel} (an event's channel; null: any). */
    public QueueFilter withChannel(Channel newChannel) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, assignee, newChannel, deadline);
    }

    /** Only proposals in this reply-deadline state (null: any). */
    public QueueFilter withDeadline(DeadlineState newDeadline) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, receivedFrom,
                receivedTo, text, overdueOnly, assignee, channel, newDeadline);
    }

    /** Received on these days in Asia/Seoul, both ends included (null: open-ended). */
    public QueueFilter withReceived(LocalDate from, LocalDate to) {
        return new QueueFilter(status, programme, eligibility, category, sizeClass, region, from, to, text,
                overdueOnly, assignee, channel, deadline);
    }

    /** The free text as searched: trimmed, blank meaning none. */
    public String searchText() {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
