package kr.oneteam.domain.ruleset;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One published ruleset (docs/decisions/050): its files, their hash, how many rules it has, where it came
 * from, who requested and who approved it, why, and when it became active. Content never changes after
 * creation; only the activity does — scheduled (an effective time still to come), active (exactly one row,
 * the one {@link RulesetPointer} names), or retired. Publishing the same content again (a rollback) is a
 * new row with the same hash, so the history says what happened when.
 */
@Entity
@Table(name = "ruleset_version")
public class RulesetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ruleset_version_seq")
    @SequenceGenerator(name = "ruleset_version_seq", sequenceName = "ruleset_version_seq", allocationSize = 50)
    private Long id;

    /** The short form of the hash; analysts may name versions later (issue 9). */
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "content_hash", nullable = false, length = 80)
    private String contentHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ruleset_file", joinColumns = @JoinColumn(name = "ruleset_version_id"))
    @OrderColumn(name = "item_order")
    private List<RulesetFile> files = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 200)
    private RulesetSource source;

    /** The directory it was imported from, the classpath location of the seed, … */
    @Column(name = "source_detail", length = 300)
    private String sourceDetail;

    @Column(name = "rule_count", nullable = false)
    private int ruleCount;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    /** The approver when there was one, else the requester. */
    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "note", length = RulesetProvenance.NOTE_MAX)
    private String note;

    /** From when it is to be active; null: at once. */
    @Column(name = "effective_at")
    private OffsetDateTime effectiveAt;

    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;

    /** When it stopped being active, or was passed over while scheduled. */
    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @Column(name = "rolled_back_from")
    private Long rolledBackFrom;

    /** The workspace's publication request this version was published for (null for other sources). */
    @Column(name = "publication_request_id")
    private Long publicationRequestId;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RulesetVersion() {
    }

    /**
     * A new, not yet active version. {@code hash} is the rules module's hash of exactly these files; the
     * caller computes it (one formula, one place) and checks it again whenever it compiles the files.
     */
    public RulesetVersion(RulesetHash hash, List<RulesetFile> files, int ruleCount, RulesetProvenance provenance,
                          Clock clock) {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(provenance, "provenance");
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("a ruleset needs at least one file");
        }
        if (provenance.source() == RulesetSource.ROLLBACK && provenance.rolledBackFrom() == null) {
            throw new IllegalArgumentException("a rollback names the version it rolls back to");
        }
        if (ruleCount < 0) {
            throw new IllegalArgumentException("ruleCount must not be negative");
        }
        this.name = hash.shortForm();
        this.contentHash = hash.value();
        this.files = new ArrayList<>(files);
        this.ruleCount = ruleCount;
        this.source = provenance.source();
        this.sourceDetail = provenance.sourceDetail();
        this.requestedBy = provenance.requestedBy();
        this.approvedBy = provenance.approvedBy();
        this.publishedBy = provenance.publishedBy();
        this.note = provenance.note();
        this.effectiveAt = provenance.effectiveAt();
        this.rolledBackFrom = provenance.rolledBackFrom();
        this.publicationRequestId = provenance.publicationRequestId();
        this.publishedAt = OffsetDateTime.now(Objects.requireNonNull(clock, "clock"));
    }

    /** Becomes the active version; only the service that moves {@link RulesetPointer} calls this. */
    public void activate(Clock clock) {
        if (retiredAt != null && activatedAt == null) {
            throw new IllegalStateException("version " + id + " was passed over; publish its content again instead");
        }
        this.active = true;
        if (activatedAt == null) {
            this.activatedAt = OffsetDateTime.now(clock);
        }
        this.retiredAt = null;
    }

    /** Stops being active (another version took over), or is passed over while still scheduled. */
    public void retire(Clock clock) {
        this.active = false;
        this.retiredAt = OffsetDateTime.now(clock);
    }

    /** Waiting for its effective time. */
    public boolean isScheduled() {
        return !active && activatedAt == null && retiredAt == null;
    }

    public boolean isDue(OffsetDateTime now) {
        return isScheduled() && (effectiveAt == null || !effectiveAt.isAfter(now));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContentHash() {
        return contentHash;
    }

    public RulesetHash hash() {
        return RulesetHash.parse(contentHash);
    }

    public List<RulesetFile> getFiles() {
        return List.copyOf(files);
    }

    public RulesetSource getSource() {
        return source;
    }

    public String getSourceDetail() {
        return sourceDetail;
    }

    public int getRuleCount() {
        return ruleCount;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getEffectiveAt() {
        return effectiveAt;
    }

    public OffsetDateTime getActivatedAt() {
        return activatedAt;
    }

    public OffsetDateTime getRetiredAt() {
        return retiredAt;
    }

    public Long getRolledBackFrom() {
        return rolledBackFrom;
    }

    public Long getPublicationRequestId() {
        return publicationRequestId;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "#" + id + " " + contentHash;
    }
}
