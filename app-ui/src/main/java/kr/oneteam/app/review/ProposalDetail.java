package kr.oneteam.app.review;

import java.time.Instant;
import java.util.List;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/**
 * Everything the detail view shows of one proposal, as a snapshot read in one transaction: the view never
 * holds entities. {@code version} is the proposal's optimistic-lock version the officer saw; every decision
 * sends it back, so a decision made on stale data is refused instead of overwriting someone else's.
 * {@code history} is the audit log oldest first, as recorded; {@code timeline} is the case as officers read
 * it, newest first (see {@link Timeline}).
 */
public record ProposalDetail(long id, long version, ProposalStatus status, String externalRef, Instant receivedAt,
                             Channel channel, CompanyCard company, String title, String text, List<Block> blocks,
                             List<RecommendationLine> recommendations, RulesetRef ruleset, String routingFailure,
                             String infoQuestion, String infoAnswer, String reply, List<FollowUpLine> followUps,
                             String assignee, NextStep nextStep, List<AuditLine> history,
                             List<TimelineEntry> timeline) {

    /** Who asks: the company as it described itself with this proposal (size, region, marks, current awards). */
    public record CompanyCard(String name, String bizRegNo, SizeClass sizeClass, Region region, boolean startup,
                              boolean venture, boolean youthFounded, List<String> currentAwards) {
    }

    /** The ruleset version that routed the proposal last: a readable label and when it was published. */
    public record RulesetRef(Long id, String label, Instant publishedAt) {
    }

    /** What the case waits for, as a UI message key and its arguments ("추천 3건 결정 필요"). */
    public record NextStep(String key, List<Object> arguments) {
    }

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

    /** 미분류: routed, and the rules gave it no recommendation (or failed on it, see {@link #routingFailure()}). */
    public boolean isUnclassified() {
        return status != ProposalStatus.NEW && recommendations.stream().noneMatch(r -> !r.override());
    }

    /** Who the company is in the title line: the company's name (the record's old accessor, kept for callers). */
    public String companyName() {
        return company.name();
    }
}
