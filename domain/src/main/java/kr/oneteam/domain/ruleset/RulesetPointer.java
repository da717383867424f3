package kr.oneteam.domain.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The one row that says which ruleset version every instance serves (docs/decisions/050). Instances poll it;
 * whoever publishes locks it first ({@link RulesetPointerRepository#lock()}), so two publications on two
 * instances happen one after the other and exactly one version is active.
 */
@Entity
@Table(name = "ruleset_pointer")
public class RulesetPointer {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "active_version_id")
    private Long activeVersionId;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RulesetPointer() {
    }

    /**
     * Makes {@code next} the active version and retires {@code previous} (null on the first publication).
     * Both rows and this pointer change in the caller's transaction.
     */
    public void moveTo(RulesetVersion next, RulesetVersion previous, Clock clock) {
        if (next.getId() == null) {
            throw new IllegalArgumentException("store the version before activating it");
        }
        if (previous != null && !previous.getId().equals(next.getId())) {
            previous.retire(clock);
        }
        next.activate(clock);
        this.activeVersionId = next.getId();
        this.changedAt = OffsetDateTime.now(clock);
    }

    /** Null until the first version is published into an empty database. */
    public Long getActiveVersionId() {
        return activeVersionId;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
