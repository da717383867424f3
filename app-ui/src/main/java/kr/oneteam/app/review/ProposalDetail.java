package kr.oneteam.app.review;

import java.time.Instant;
import java.util.List;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * Everything the detail view shows of one proposal, as a snapshot read in one transaction: the view never
 * holds entities. {@code version} is the proposal's optimistic-lock version the officer saw; every decision
 * sends it back, so a decision made on stale data is refused instead of overwriting someone else's.
 */
public record ProposalDetail(long id, long version, ProposalStatus status, String externalRef, Instant receivedAt,
                             String company, String title, String text, List<Block> blocks,
                             List<RecommendationLine> recommendations, String infoQuestion, String infoAnswer,
                             String reply,
                             List<FollowUpLine> followUps, List<AuditLine> history) {

    /** A titled group of fields, in INTAKE.md's order (회사, 제안, 컴퓨팅, 데이터…). */
    public record Block(String titleKey, List<Line> lines) {
    }

    /**
     * One field: a UI message key for its label and the value as submitted. The value is a String, a Number,
     * a Boolean, a vocabulary value ({@code Labelled}) or a collection of them; the view renders it as text.
     */
    public record Line(String labelKey, Object value) {
    }

    public boolean isOpen() {
        return status != ProposalStatus.CLOSED;
    }
}
