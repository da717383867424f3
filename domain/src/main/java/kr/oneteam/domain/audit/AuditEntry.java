package kr.oneteam.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * One line of the audit log. Immutable: Hibernate never issues an UPDATE for it, even if a field
 * were changed by reflection. {@code before}/{@code after} are short texts (e.g. JSON) chosen by the caller.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int STATE_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    /** e.g. "recommendation.accept", "proposal.reply", "ruleset.activate". */
    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "before_state", updatable = false, length = STATE_MAX)
    private String before;

    @Column(name = "after_state", updatable = false, length = STATE_MAX)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Clock clock, String actor, Long proposalId, String action, String before, String after) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("audit actor is required");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit action is required");
        }
        this.at = OffsetDateTime.now(clock);
        this.actor = actor.trim();
        this.proposalId = proposalId;
        this.action = action.trim();
        this.before = clip(before);
        this.after = clip(after);
    }

    /** Keeps the entry storable: an over-long state is cut and marked, never refused (the log must not fail). */
    private static String clip(String state) {
        if (state == null || state.length() <= STATE_MAX) {
            return state;
        }
        String mark = "…[truncated]";
        return state.substring(0, STATE_MAX - mark.length()) + mark;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public String toString() {
        return at + " " + actor + " " + action + (proposalId == null ? "" : " #" + proposalId);
    }
}
