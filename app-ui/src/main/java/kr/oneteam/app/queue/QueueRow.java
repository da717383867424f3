package kr.oneteam.app.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import kr.oneteam.app.deadline.ReplyDue;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.SizeClass;

/** One line of 검토함, read from the proposal's denormalised queue columns. */
public record QueueRow(long id, ProposalStatus status, Instant receivedAt, String company, String title,
                       SizeClass sizeClass, Set<Category> categories, String topProgramme, Integer topScore,
                       int eligibleCount, LocalDate nextFollowUpDue, String assignee, ReplyDue replyDue) {

    /** A follow-up whose due day (Asia/Seoul) has passed stands out in the queue. */
    public boolean isOverdue(LocalDate today) {
        return nextFollowUpDue != null && nextFollowUpDue.isBefore(today);
    }

    /** No recommendation at all: officers see "미분류" (POLICY.md §3), never an empty cell. */
    public boolean isUnclassified() {
        return topProgramme == null;
    }
}
