package kr.oneteam.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kr.oneteam.domain.proposal.Proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A follow-up action an officer promised (e.g. "NIPA 담당자 연결"), with owner and due date. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int ACTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Column(name = "action", nullable = false, length = ACTION_MAX)
    private String action;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "due", nullable = false)
    private LocalDate due;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FollowUp() {
    }

    /** Created through {@link Proposal#addFollowUp}, which checks the proposal's state. */
    public FollowUp(Proposal proposal, String action, String owner, LocalDate due, Clock clock) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("follow-up action is required");
        }
        if (action.length() > ACTION_MAX) {
            throw new IllegalArgumentException("follow-up action is longer than " + ACTION_MAX + " characters");
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("follow-up owner is required");
        }
        this.proposal = Objects.requireNonNull(proposal, "proposal");
        this.action = action.trim();
        this.owner = owner.trim();
        this.due = required(due, "follow-up due date is required");
        this.createdAt = OffsetDateTime.now(clock);
    }

    /** Marks it done; called through {@link Proposal#completeFollowUp} so the queue's due date follows. */
    public void markDone(String by, Clock clock) {
        if (done) {
            throw new IllegalTransitionException("DONE", "complete a follow-up", "it was completed by " + doneBy);
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("who completed the follow-up is required");
        }
        this.done = true;
        this.doneBy = by.trim();
        this.doneAt = OffsetDateTime.now(clock);
    }

    public boolean isOverdue(LocalDate today) {
        return !done && due.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public boolean isDone() {
        return done;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** Missing required input is bad input (IllegalArgumentException naming the field), not a programming error. */
    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }
}
