package kr.oneteam.domain.ruleset;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Who and what put a ruleset version forward: its source, a detail of it (the directory, the version rolled
 * back to), who requested it, who approved it (null when no second person did: the seed, a directory import,
 * an ADMIN's emergency rollback), why, from when it is to be active (null: at once), and the workspace's
 * publication request it answers (null for every other source). Nobody approves their own request.
 */
public record RulesetProvenance(RulesetSource source, String sourceDetail, String requestedBy, String approvedBy,
                                String note, OffsetDateTime effectiveAt, Long rolledBackFrom,
                                Long publicationRequestId) {

    public static final int NOTE_MAX = 2000;

    public RulesetProvenance {
        Objects.requireNonNull(source, "source");
        requestedBy = required(requestedBy, "requestedBy");
        approvedBy = blankToNull(approvedBy);
        if (approvedBy != null && approvedBy.length() > 64) {
            throw new IllegalArgumentException("approvedBy is at most 64 characters");
        }
        if (approvedBy != null && approvedBy.equals(requestedBy)) {
            throw new IllegalArgumentException(requestedBy + " cannot approve their own request");
        }
        sourceDetail = clip(blankToNull(sourceDetail), 300);
        note = blankToNull(note);
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("a note is at most " + NOTE_MAX + " characters");
        }
    }

    /** An earlier version's content published again. */
    public static RulesetProvenance rollback(String requestedBy, long toVersion) {
        return new RulesetProvenance(RulesetSource.ROLLBACK, "#" + toVersion, requestedBy, null, null, null, toVersion,
                null);
    }

    public static RulesetProvenance of(RulesetSource source, String requestedBy) {
        return new RulesetProvenance(source, null, requestedBy, null, null, null, null, null);
    }

    public RulesetProvenance detail(String detail) {
        return new RulesetProvenance(source, detail, requestedBy, approvedBy, note, effectiveAt, rolledBackFrom, publicationRequestId);
    }

    public RulesetProvenance approvedBy(String approver) {
        return new RulesetProvenance(source, sourceDetail, requestedBy, approver, note, effectiveAt, rolledBackFrom, publicationRequestId);
    }

    public RulesetProvenance note(String text) {
        return new RulesetProvenance(source, sourceDetail, requestedBy, approvedBy, text, effectiveAt, rolledBackFrom, publicationRequestId);
    }

    public RulesetProvenance effectiveAt(OffsetDateTime at) {
        return new RulesetProvenance(source, sourceDetail, requestedBy, approvedBy, note, at, rolledBackFrom, publicationRequestId);
    }

    public RulesetProvenance rolledBackFrom(Long versionId) {
        return new RulesetProvenance(source, sourceDetail, requestedBy, approvedBy, note, effectiveAt, versionId,
                publicationRequestId);
    }

    /** The publication request this version answers (approval looks it up before publishing again). */
    public RulesetProvenance forRequest(long requestId) {
        return new RulesetProvenance(source, sourceDetail, requestedBy, approvedBy, note, effectiveAt, rolledBackFrom,
                requestId);
    }

    /** Who made it public: the approver when there was one, else the requester. */
    public String publishedBy() {
        return approvedBy != null ? approvedBy : requestedBy;
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (text.strip().length() > 64) {
            throw new IllegalArgumentException(field + " is at most 64 characters");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
