package kr.oneteam.domain.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.vocabulary.DecisionOutcome;

import java.time.OffsetDateTime;
import java.util.Objects;

/** An officer's decision on one recommendation: outcome, who, when and the comment. */
@Embeddable
public class Decision {

    public static final int COMMENT_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome", length = 16)
    private DecisionOutcome outcome;

    @Column(name = "decided_by", length = 64)
    private String by;

    @Column(name = "decided_at")
    private OffsetDateTime at;

    @Column(name = "decision_comment", length = COMMENT_MAX)
    private String comment;

    protected Decision() {
    }

    Decision(DecisionOutcome outcome, String by, OffsetDateTime at, String comment) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("the deciding officer is required");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("comment is longer than " + COMMENT_MAX + " characters");
        }
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.by = by.trim();
        this.at = Objects.requireNonNull(at, "at");
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public String by() {
        return by;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String comment() {
        return comment;
    }

    public boolean isAccepted() {
        return outcome == DecisionOutcome.ACCEPTED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decision that && outcome == that.outcome && by.equals(that.by)
                && at.toInstant().equals(that.at.toInstant()) && Objects.equals(comment, that.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, by, at.toInstant(), comment);
    }

    @Override
    public String toString() {
        return outcome + " by " + by + " at " + at + (comment == null ? "" : ": " + comment);
    }
}
