package kr.oneteam.domain.workspace;

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
import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetProvenance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to publish (four eyes, issue 9): the files as they were when it was sent, which version was
 * active then, the author's note and effective time, and the decision of a second person. Nobody decides on
 * their own request — the author may only withdraw it.
 */
@Entity
@Table(name = "publication_request")
public class PublicationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_request_seq")
    @SequenceGenerator(name = "publication_request_seq", sequenceName = "publication_request_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private RequestKind kind;

    @Column(name = "draft_id")
    private Long draftId;

    @Column(name = "draft_name", length = Draft.NAME_MAX)
    private String draftName;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "note", nullable = false, length = RulesetProvenance.NOTE_MAX)
    private String note;

    @Column(name = "effective_at")
    private OffsetDateTime effectiveAt;

    @Column(name = "base_version_id")
    private Long baseVersionId;

    @Column(name = "rollback_to")
    private Long rollbackTo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "publication_request_file", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "item_order")
    private List<RulesetFile> files = new ArrayList<>();

    @Column(name = "content_hash", nullable = false, length = 80)
    private String contentHash;

    @Column(name = "rule_count", nullable = false)
    private int ruleCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_comment", length = RulesetProvenance.NOTE_MAX)
    private String decisionComment;

    @Column(name = "published_version_id")
    private Long publishedVersionId;

    /** The impact simulation's summary when the author simulated exactly these files; null: not simulated. */
    @Column(name = "impact_summary", length = IMPACT_MAX)
    private String impactSummary;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public static final int IMPACT_MAX = 4000;

    protected PublicationRequest() {
    }

    private PublicationRequest(RequestKind kind, String requestedBy, String note, OffsetDateTime effectiveAt,
                               Long baseVersionId, List<RulesetFile> files, String contentHash, int ruleCount,
                               Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("note is required: say what changes and why");
        }
        if (note.strip().length() > RulesetProvenance.NOTE_MAX) {
            throw new IllegalArgumentException("note is at most " + RulesetProvenance.NOTE_MAX + " characters");
        }
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one file");
        }
        this.note = note.strip();
        this.effectiveAt = effectiveAt;
        this.baseVersionId = baseVersionId;
        this.files = new ArrayList<>(files);
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.ruleCount = ruleCount;
        this.status = RequestStatus.PENDING;
        this.requestedAt = OffsetDateTime.now(clock);
    }

    /** A draft's content, as it is now. */
    public static PublicationRequest publish(Draft draft, String requestedBy, String note, OffsetDateTime effectiveAt,
                                             Long baseVersionId, String contentHash, int ruleCount, Clock clock) {
        PublicationRequest r = new PublicationRequest(RequestKind.PUBLISH, requestedBy, note, effectiveAt,
                baseVersionId, draft.getFiles(), contentHash, ruleCount, clock);
        r.draftId = draft.getId();
        r.draftName = draft.getName();
        return r;
    }

    /** An earlier version's content again, as a new version. */
    public static PublicationRequest rollback(long toVersion, List<RulesetFile> files, String requestedBy, String note,
                                              Long baseVersionId, String contentHash, int ruleCount, Clock clock) {
        PublicationRequest r = new PublicationRequest(RequestKind.ROLLBACK, requestedBy, note, null, baseVersionId,
                files, contentHash, ruleCount, clock);
        r.rollbackTo = toVersion;
        return r;
    }

    /** Attaches the summary lines of an impact simulation of exactly these files (clipped to what the column holds). */
    public PublicationRequest withImpactSummary(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            this.impactSummary = null;
            return this;
        }
        String text = String.join("\n", lines);
        this.impactSummary = text.length() <= IMPACT_MAX ? text : text.substring(0, IMPACT_MAX - 1) + "…";
        return this;
    }

    public List<String> getImpactSummary() {
        return impactSummary == null ? List.of() : List.of(impactSummary.split("\n"));
    }

    /** Checks that {@code user} may decide on it: still pending, and not their own. */
    public void checkDecidableBy(String user) {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("request #" + id + " is no longer pending (" + status + ")");
        }
        if (requestedBy.equals(user)) {
            throw new IllegalArgumentException(user + " cannot approve or send back their own request #" + id);
        }
    }

    public void approved(String approver, long versionId, Clock clock) {
        checkDecidableBy(approver);
        decide(RequestStatus.APPROVED, approver, null, clock);
        this.publishedVersionId = versionId;
    }

    /** The gate refused it at publication time (it passed when sent): nothing was published. */
    public void failed(String approver, String why, Clock clock) {
        checkDecidableBy(approver);
        decide(RequestStatus.FAILED, approver, why, clock);
    }

    public void returned(String reviewer, String comment, Clock clock) {
        checkDecidableBy(reviewer);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("comment is required to send a request back");
        }
        decide(RequestStatus.RETURNED, reviewer, comment, clock);
    }

    public void withdrawn(String author, Clock clock) {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("request #" + id + " is no longer pending (" + status + ")");
        }
        if (!requestedBy.equals(author)) {
            throw new IllegalArgumentException("only " + requestedBy + " may withdraw request #" + id);
        }
        decide(RequestStatus.WITHDRAWN, author, null, clock);
    }

    private void decide(RequestStatus to, String who, String comment, Clock clock) {
        if (comment != null && comment.strip().length() > RulesetProvenance.NOTE_MAX) {
            throw new IllegalArgumentException("comment is at most " + RulesetProvenance.NOTE_MAX + " characters");
        }
        this.status = to;
        this.decidedBy = who;
        this.decidedAt = OffsetDateTime.now(clock);
        this.decisionComment = comment == null ? null : comment.strip();
    }

    public Long getId() {
        return id;
    }

    public RequestKind getKind() {
        return kind;
    }

    public Long getDraftId() {
        return draftId;
    }

    public String getDraftName() {
        return draftName;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getEffectiveAt() {
        return effectiveAt;
    }

    public Long getBaseVersionId() {
        return baseVersionId;
    }

    public Long getRollbackTo() {
        return rollbackTo;
    }

    public List<RulesetFile> getFiles() {
        return List.copyOf(files);
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getRuleCount() {
        return ruleCount;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public Long getPublishedVersionId() {
        return publishedVersionId;
    }
}
