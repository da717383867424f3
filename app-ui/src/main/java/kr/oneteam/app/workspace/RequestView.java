package kr.oneteam.app.workspace;

import kr.oneteam.domain.workspace.PublicationRequest;
import kr.oneteam.domain.workspace.RequestKind;
import kr.oneteam.domain.workspace.RequestStatus;

import java.time.OffsetDateTime;

/** A publication request as the lists and the review screen show it (without its files). */
public record RequestView(long id, RequestKind kind, Long draftId, String draftName, String requestedBy,
                          OffsetDateTime requestedAt, String note, OffsetDateTime effectiveAt, Long baseVersionId,
                          Long rollbackTo, String hash, int ruleCount, RequestStatus status, String decidedBy,
                          OffsetDateTime decidedAt, String comment, Long publishedVersionId,
                          java.util.List<String> impactSummary) {

    static RequestView of(PublicationRequest r) {
        return new RequestView(r.getId(), r.getKind(), r.getDraftId(), r.getDraftName(), r.getRequestedBy(),
                r.getRequestedAt(), r.getNote(), r.getEffectiveAt(), r.getBaseVersionId(), r.getRollbackTo(),
                r.getContentHash(), r.getRuleCount(), r.getStatus(), r.getDecidedBy(), r.getDecidedAt(),
                r.getDecisionComment(), r.getPublishedVersionId(), r.getImpactSummary());
    }

    public boolean pending() {
        return status == RequestStatus.PENDING;
    }
}
