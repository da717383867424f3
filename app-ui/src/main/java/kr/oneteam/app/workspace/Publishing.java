package kr.oneteam.app.workspace;

import kr.oneteam.app.routing.RulesetPublication;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.workspace.Draft;
import kr.oneteam.domain.workspace.PublicationRequest;
import kr.oneteam.domain.workspace.PublicationRequestRepository;
import kr.oneteam.domain.workspace.RequestKind;
import kr.oneteam.domain.workspace.RequestStatus;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.RulesetProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Four eyes (issue 9): an analyst asks to publish a valid draft with a note (and optionally an effective time);
 * another ANALYST or an ADMIN approves — which publishes it through {@link RulesetPublication}, so every
 * instance serves it within its poll interval and proposals awaiting review are re-routed — or sends it back
 * with a comment. Nobody decides on their own request. Rollback publishes an earlier version's content again
 * as a new version: asked for and approved like a draft, or done at once by an ADMIN (the emergency brake).
 * Every step is audited.
 */
@Service
public class Publishing {

    private final PublicationRequestRepository requests;
    private final RulesetVersionRepository versions;
    private final RulesetPublication publication;
    private final RulesetStatus status;
    private final Workspace workspace;
    private final WorkspaceGate gate;
    private final WorkspaceAudit audit;
    private final Clock clock;

    Publishing(PublicationRequestRepository requests, RulesetVersionRepository versions, RulesetPublication publication,
               RulesetStatus status, Workspace workspace, WorkspaceGate gate, WorkspaceAudit audit, Clock clock) {
        this.requests = requests;
        this.versions = versions;
        this.publication = publication;
        this.status = status;
        this.workspace = workspace;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- Asking ----

    /** Sends the draft as it is now for approval, without a simulation summary. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public RequestView request(long draftId, String note, OffsetDateTime effectiveAt) {
        return request(draftId, note, effectiveAt, null, List.of());
    }

    /**
     * Sends the draft as it is now for approval; refused (nothing stored) when it does not pass the gate. The
     * impact summary is kept only when it was simulated on exactly these files ({@code simulatedHash}).
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public RequestView request(long draftId, String note, OffsetDateTime effectiveAt, String simulatedHash,
                               List<String> impactSummary) {
        Draft draft = workspace.owned(draftId);
        requireNote(note);
        if (requests.existsByDraftIdAndStatus(draftId, RequestStatus.PENDING)) {
            throw new WorkspaceRefused("workspace.refused.alreadyPending",
                    "this draft already has a request waiting for approval", draftId);
        }
        if (effectiveAt != null && !effectiveAt.isAfter(OffsetDateTime.now(clock))) {
            throw new WorkspaceRefused("workspace.refused.effectiveInPast", "the effective time must lie ahead");
        }
        Validation validation = gate.validate(Workspace.view(draft).files());
        if (!validation.passed()) {
            RulesetProblem first = validation.problems().get(0);
            throw new WorkspaceRefused("workspace.refused.invalid", "the draft does not pass validation ("
                    + validation.problems().size() + " problems, first " + first + ")", validation.problems().size(),
                    first.toString());
        }
        Long active = status.active().map(RulesetStatus.ActiveVersion::id).orElse(null);
        String activeHash = status.active().map(RulesetStatus.ActiveVersion::hash).orElse(null);
        if (validation.hash().equals(activeHash)) {
            throw new WorkspaceRefused("workspace.refused.sameAsActive", "the draft is the active version unchanged");
        }
        PublicationRequest request = requests.saveAndFlush(PublicationRequest.publish(draft, CurrentUser.require(),
                note, effectiveAt, active, validation.hash(), validation.ruleCount(), clock)
                .withImpactSummary(validation.hash().equals(simulatedHash) ? impactSummary : List.of()));
        audit.write(CurrentUser.require(), WorkspaceAudit.REQUEST, request, Map.of());
        return RequestView.of(request);
    }

    /** Asks to publish an earlier version's content again (a rollback), to be approved by someone else. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public RequestView requestRollback(long versionId, String note) {
        requireNote(note);
        RulesetVersion target = version(versionId);
        Long active = status.active().map(RulesetStatus.ActiveVersion::id).orElse(null);
        if (active != null && active == versionId) {
            throw new WorkspaceRefused("workspace.refused.rollbackToActive", "version #" + versionId + " is the active one",
                    versionId);
        }
        PublicationRequest request = requests.saveAndFlush(PublicationRequest.rollback(versionId, target.getFiles(),
                CurrentUser.require(), note, active, target.getContentHash(), target.getRuleCount(), clock));
        audit.write(CurrentUser.require(), WorkspaceAudit.REQUEST, request, Map.of());
        return RequestView.of(request);
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public RequestView withdraw(long requestId) {
        PublicationRequest request = locked(requestId);
        try {
            request.withdrawn(CurrentUser.require(), clock);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new WorkspaceRefused("workspace.refused.notYours", e.getMessage(), requestId);
        }
        audit.write(CurrentUser.require(), WorkspaceAudit.WITHDRAW, request, Map.of());
        return RequestView.of(request);
    }

    // ---- Deciding ----

    /**
     * Approves and publishes. The request row is locked first, so two approvers decide one after the other;
     * the gate runs again (the catalogue may have changed) and a refusal marks the request FAILED, publishing
     * nothing.
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public RequestView approve(long requestId) {
        String approver = CurrentUser.require();
        PublicationRequest request = locked(requestId);
        checkDecidable(request, approver);
        // The publication commits on its own (decision 050) before this transaction marks the request approved.
        // Passing the request's id makes approving again after a crash between the two commits find that
        // version (outcome UNCHANGED) instead of publishing the content a second time (decision 090).
        RulesetPublication.Publication published = request.getKind() == RequestKind.ROLLBACK
                ? publication.rollback(request.getRollbackTo(), request.getRequestedBy(), approver, request.getNote(),
                request.getId())
                : publication.publish(new RulesetPublication.Request(files(request.getFiles()), RulesetSource.WORKSPACE,
                "draft #" + request.getDraftId() + " " + request.getDraftName(), request.getRequestedBy(), approver,
                request.getNote(), request.getEffectiveAt(), request.getId()));
        if (published.refused()) {
            String why = published.problems().stream().map(RulesetProblem::toString).limit(5)
                    .reduce((a, b) -> a + "; " + b).orElse("refused");
            request.failed(approver, why, clock);
            audit.write(approver, WorkspaceAudit.APPROVE, request, Map.of("refused", why));
            return RequestView.of(request);
        }
        request.approved(approver, published.versionId(), clock);
        audit.write(approver, WorkspaceAudit.APPROVE, request, Map.of("outcome", published.outcome().name()));
        return RequestView.of(request);
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public RequestView sendBack(long requestId, String comment) {
        String reviewer = CurrentUser.require();
        PublicationRequest request = locked(requestId);
        checkDecidable(request, reviewer);
        if (comment == null || comment.isBlank()) {
            throw new WorkspaceRefused("workspace.refused.commentRequired", "a comment is required to send a request back");
        }
        request.returned(reviewer, comment, clock);
        audit.write(reviewer, WorkspaceAudit.RETURN, request, Map.of());
        return RequestView.of(request);
    }

    /** The emergency brake: an ADMIN publishes an earlier version's content again at once, without a second approval. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RulesetPublication.Publication rollbackNow(long versionId, String note) {
        requireNote(note);
        version(versionId);
        String admin = CurrentUser.require();
        RulesetPublication.Publication published = publication.rollback(versionId, admin, null, note);
        audit.write(admin, WorkspaceAudit.ROLLBACK, null, Map.of("rollbackTo", versionId, "outcome",
                published.outcome().name(), "version", published.versionId() == null ? "" : published.versionId(),
                "note", note.strip(), "emergency", true));
        if (published.refused()) {
            throw new WorkspaceRefused("workspace.refused.rollbackRefused", "the gate refused version #" + versionId
                    + " now: " + published.problems().get(0), versionId, published.problems().get(0).toString());
        }
        return published;
    }

    // ---- Reading ----

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public List<RequestView> requests() {
        return requests.findAllByOrderByRequestedAtDescIdDesc().stream().map(RequestView::of).toList();
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public RequestView requestOf(long requestId) {
        return RequestView.of(requests.findById(requestId).orElseThrow(() -> noRequest(requestId)));
    }

    /** What approving would change: the request's files against the version active now. */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public List<FileDiff> diffOf(long requestId) {
        PublicationRequest request = requests.findById(requestId).orElseThrow(() -> noRequest(requestId));
        SortedMap<String, String> active = versions.findActive().map(v -> files(v.getFiles())).orElse(new TreeMap<>());
        return RulesetDiff.between(active, files(request.getFiles()));
    }

    /** The files of a request, e.g. for the impact simulation of what it would publish. */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public SortedMap<String, String> filesOf(long requestId) {
        return files(requests.findById(requestId).orElseThrow(() -> noRequest(requestId)).getFiles());
    }

    /** Every published version, newest first. */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    public List<RulesetStatus.VersionSummary> history() {
        return status.history();
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public SortedMap<String, String> filesOfVersion(long versionId) {
        return files(version(versionId).getFiles());
    }

    /** File-by-file diff from version {@code from} to version {@code to}. */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public List<FileDiff> diff(long from, long to) {
        return RulesetDiff.between(files(version(from).getFiles()), files(version(to).getFiles()));
    }

    /** The hash of a set of files, by the one formula. */
    static String hashOf(Map<String, String> files) {
        return RulesetContent.of("workspace", files).hash();
    }

    private void checkDecidable(PublicationRequest request, String user) {
        if (request.getStatus() != RequestStatus.PENDING) {
            throw new WorkspaceRefused("workspace.refused.notPending", "request #" + request.getId()
                    + " is no longer pending (" + request.getStatus() + ")", request.getId(), request.getStatus());
        }
        if (request.getRequestedBy().equals(user)) {
            throw new WorkspaceRefused("workspace.refused.ownRequest", user + " cannot approve or send back their own "
                    + "request #" + request.getId(), request.getId());
        }
        if (!CurrentUser.hasRole(Roles.ANALYST) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new WorkspaceRefused("workspace.refused.role", "only an ANALYST or an ADMIN decides on requests");
        }
    }

    private PublicationRequest locked(long requestId) {
        return requests.findForUpdate(requestId).orElseThrow(() -> noRequest(requestId));
    }

    private RulesetVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new WorkspaceRefused("workspace.refused.noVersion",
                "no such version: " + versionId, versionId));
    }

    private static WorkspaceRefused noRequest(long id) {
        return new WorkspaceRefused("workspace.refused.noRequest", "no request #" + id, id);
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new WorkspaceRefused("workspace.refused.noteRequired", "a note is required: say what changes and why");
        }
        if (note.strip().length() > kr.oneteam.domain.ruleset.RulesetProvenance.NOTE_MAX) {
            throw new WorkspaceRefused("workspace.refused.noteTooLong", "a note is at most 2000 characters", 2000);
        }
    }

    static SortedMap<String, String> files(List<RulesetFile> files) {
        SortedMap<String, String> map = new TreeMap<>();
        files.forEach(f -> map.put(f.path(), f.content()));
        return map;
    }
}
