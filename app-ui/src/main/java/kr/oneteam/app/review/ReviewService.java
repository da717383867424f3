package kr.oneteam.app.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.programme.CapacityClaim;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.programme.ProgrammeRepository;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.FollowUp;
import kr.oneteam.domain.review.IllegalTransitionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' decisions on one proposal. Each method is one transaction that checks the version the officer
 * saw, lets the domain check the lifecycle, reserves or releases capacity with the programme's conditional
 * UPDATE, and appends an audit entry (actor, before, after). Anything refused leaves nothing changed.
 */
@Service
public class ReviewService {

    private final ProposalRepository proposals;
    private final ProgrammeRepository programmes;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final EnglishReasons english;
    private final UserAccountRepository accounts;

    ReviewService(ProposalRepository proposals, ProgrammeRepository programmes, AuditLog audit,
                  EntityManager entityManager, Clock clock, EnglishReasons english, UserAccountRepository accounts) {
        this.proposals = proposals;
        this.programmes = programmes;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
        this.english = english;
        this.accounts = accounts;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public ProposalDetail proposal(long id) {
        return detail(find(id));
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail accept(long proposalId, long version, long recommendationId, String comment) {
        Proposal proposal = load(proposalId, version);
        Recommendation recommendation = recommendation(proposal, recommendationId);
        String before = describe(recommendation);
        Programme programme = programmes.findByCode(recommendation.getProgramme()).orElse(null);
        CapacityClaim claim = programme == null ? CapacityClaim.none(recommendation.getProgramme())
                : recommendation.claimOn(programme);
        // The domain checks the lifecycle before anything is reserved; the reservation is then one
        // conditional UPDATE, so concurrent accepts cannot take more than remains.
        change(() -> proposal.ensureAllows(kr.oneteam.domain.review.ReviewAction.DECIDE));
        if (!programmes.reserve(claim)) {
            throw capacityExceeded(claim);
        }
        change(() -> recommendation.accept(CurrentUser.require(), blankToNull(comment), clock, claim));
        return record(proposal, "ACCEPT " + recommendation.getProgramme(), before, describe(recommendation));
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail decline(long proposalId, long version, long recommendationId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ReviewRefused("decision.comment.required");
        }
        Proposal proposal = load(proposalId, version);
        Recommendation recommendation = recommendation(proposal, recommendationId);
        String before = describe(recommendation);
        CapacityClaim release = domain(() -> recommendation.decline(CurrentUser.require(), comment.trim(), clock));
        releaseOrFail(release);
        return record(proposal, "DECLINE " + recommendation.getProgramme(), before, describe(recommendation));
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail reopenDecision(long proposalId, long version, long recommendationId) {
        Proposal proposal = load(proposalId, version);
        Recommendation recommendation = recommendation(proposal, recommendationId);
        String before = describe(recommendation);
        releaseOrFail(domain(() -> recommendation.reopen()));
        return record(proposal, "UNDO DECISION " + recommendation.getProgramme(), before, describe(recommendation));
    }

    /** The officer adds a programme the rules did not propose; attributed to the rules it overrides. */
    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail addOverride(long proposalId, long version, String programmeCode, String reason) {
        if (programmeCode == null || programmeCode.isBlank()) {
            throw new ReviewRefused("override.programme.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefused("override.reason.required");
        }
        Proposal proposal = load(proposalId, version);
        ProgrammeCode code = ProgrammeCode.of(programmeCode);
        var existing = proposal.recommendationFor(code);
        if (existing.map(Recommendation::isPositive).orElse(false)) {
            throw new ReviewRefused("override.duplicate");
        }
        String before = existing.map(ReviewService::describe).orElse("—");
        List<String> overridden = existing.map(Recommendation::getRuleIds).orElse(List.of());
        Recommendation added = domain(() -> proposal.addOverride(code, reason.trim(), CurrentUser.require(),
                overridden, clock));
        return record(proposal, "OVERRIDE " + code, before, describe(added) + " · " + reason.trim()
                + (overridden.isEmpty() ? "" : " · overrides " + String.join(",", overridden)));
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail requestInfo(long proposalId, long version, String question) {
        Proposal proposal = load(proposalId, version);
        String before = proposal.getStatus().name();
        change(() -> proposal.requestInfo(requireText(question), CurrentUser.require(), clock));
        return record(proposal, "REQUEST INFO", before, proposal.getStatus() + " · " + question.trim());
    }

    /**
     * The company's answer to the request for information arrived (보완 접수): NEEDS_INFO → AWAITING_REVIEW.
     * The domain accepts an empty answer; the officer's form does not, so the record says what came back.
     */
    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail receiveInfo(long proposalId, long version, String answer) {
        String text = requireText(answer);
        Proposal proposal = load(proposalId, version);
        String before = proposal.getStatus() + " · " + proposal.getInfoQuestion();
        change(() -> proposal.receiveInfo(text, clock));
        return record(proposal, "RECEIVE INFO", before, proposal.getStatus() + " · " + text);
    }

    /** Saves the reply (회신); once decided it is sent (REPLIED), before that it is kept as a draft. */
    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail reply(long proposalId, long version, String text) {
        Proposal proposal = load(proposalId, version);
        String before = proposal.getStatus() + (proposal.getReply() == null ? "" : " · " + proposal.getReply());
        String reply = requireText(text);
        if (proposal.getStatus() == kr.oneteam.domain.vocabulary.ProposalStatus.DECIDED) {
            change(() -> proposal.reply(reply, CurrentUser.require(), clock));
        } else {
            change(() -> proposal.draftReply(reply));
        }
        return record(proposal, "REPLY", before, proposal.getStatus() + " · " + reply);
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail addFollowUp(long proposalId, long version, String action, String owner, LocalDate due) {
        if (action == null || action.isBlank() || owner == null || owner.isBlank() || due == null) {
            throw new ReviewRefused("followUp.required");
        }
        Proposal proposal = load(proposalId, version);
        FollowUp followUp = domain(() -> proposal.addFollowUp(action.trim(), owner.trim(), due, clock));
        return record(proposal, "ADD FOLLOW-UP", "—",
                followUp.getAction() + " · " + followUp.getOwner() + " · " + followUp.getDue());
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail completeFollowUp(long proposalId, long version, long followUpId) {
        Proposal proposal = load(proposalId, version);
        FollowUp followUp = proposal.getFollowUps().stream().filter(f -> f.getId() == followUpId).findFirst()
                .orElseThrow(() -> new ReviewRefused("decision.notFound"));
        change(() -> proposal.completeFollowUp(followUp, CurrentUser.require(), clock));
        return record(proposal, "COMPLETE FOLLOW-UP", followUp.getAction() + " · open",
                followUp.getAction() + " · done");
    }

    /**
     * Gives the case to {@code officer} (a user name of an enabled OFFICER or ADMIN account), or to nobody
     * when it is null or blank. Audited as ASSIGN with the officer before and after.
     */
    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail assign(long proposalId, long version, String officer) {
        String assignee = officer == null || officer.isBlank() ? null : officer.strip();
        if (assignee != null && officers().stream().noneMatch(o -> o.username().equals(assignee))) {
            throw new ReviewRefused("assign.unknownOfficer", assignee);
        }
        Proposal proposal = load(proposalId, version);
        String before = proposal.getAssignee().orElse("—");
        change(() -> proposal.assignTo(assignee, CurrentUser.require(), clock));
        return record(proposal, "ASSIGN", before, assignee == null ? "—" : assignee);
    }

    /** Who a case can be given to: enabled accounts that may decide (OFFICER, ADMIN), by user name. */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<Officer> officers() {
        return accounts.findAll().stream()
                .filter(a -> a.isEnabled() && (a.hasRole(Role.OFFICER) || a.hasRole(Role.ADMIN)))
                .map(a -> new Officer(a.getUsername(), a.getDisplayName()))
                .sorted(java.util.Comparator.comparing(Officer::username)).toList();
    }

    /** The version a proposal has now, for actions taken from the queue where no detail was read first. */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public long currentVersion(long proposalId) {
        return proposals.findById(proposalId).map(Proposal::getVersion)
                .orElseThrow(() -> new ReviewRefused("detail.notFound", proposalId));
    }

    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail close(long proposalId, long version) {
        Proposal proposal = load(proposalId, version);
        String before = proposal.getStatus().name();
        change(() -> proposal.close(CurrentUser.require(), clock));
        return record(proposal, "CLOSE", before, proposal.getStatus().name());
    }

    /** Back to review: every decision is cleared and the capacity it had reserved is released. */
    @PreAuthorize(Roles.DECIDERS)
    @Transactional
    public ProposalDetail reopen(long proposalId, long version) {
        Proposal proposal = load(proposalId, version);
        String before = proposal.getStatus() + " · " + decisions(proposal);
        domain(() -> proposal.reopen()).forEach(this::releaseOrFail);
        return record(proposal, "REOPEN", before, proposal.getStatus() + " · " + decisions(proposal));
    }

    // ---- helpers ----

    private Proposal find(long id) {
        return proposals.findWithRecommendationsById(id).orElseThrow(() -> new ReviewRefused("detail.notFound", id));
    }

    /**
     * The proposal as the officer saw it, or a conflict. The force-increment lock bumps the proposal's version
     * right away (not at commit), so the snapshot returned carries the version now stored, and two officers
     * deciding different recommendations of one proposal at once also collide.
     */
    private Proposal load(long id, long version) {
        Proposal proposal = find(id);
        if (proposal.getVersion() != version) {
            throw new ReviewRefused("review.conflict");
        }
        try {
            entityManager.lock(proposal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException savedMeanwhile) {
            throw new ReviewRefused("review.conflict");
        }
        return proposal;
    }

    private static Recommendation recommendation(Proposal proposal, long recommendationId) {
        return proposal.recommendation(recommendationId).orElseThrow(() -> new ReviewRefused("decision.notFound"));
    }

    private ProposalDetail record(Proposal proposal, String action, String before, String after) {
        audit.save(new AuditEntry(clock, CurrentUser.require(), proposal.getId(), action, before, after));
        try {
            entityManager.flush();
        } catch (OptimisticLockException savedMeanwhile) {
            throw new ReviewRefused("review.conflict");
        }
        return detail(proposal);
    }

    private ProposalDetail detail(Proposal proposal) {
        Map<String, Programme> catalogue = programmes.findAll().stream()
                .collect(Collectors.toMap(p -> p.getCode().value(), Function.identity()));
        return ProposalDetails.of(proposal, catalogue, audit.findByProposalIdOrderByAtAscIdAsc(proposal.getId()), english,
                kr.oneteam.app.i18n.Formats.todayInSeoul());
    }

    private ReviewRefused capacityExceeded(CapacityClaim claim) {
        Long remaining = programmes.remainingOf(claim.programme().value());
        long left = remaining == null ? 0 : remaining;
        return switch (claim.unit()) {
            case KRW -> new ReviewRefused("decision.capacity.exceeded.krw", kr.oneteam.app.i18n.Formats.krw(left));
            default -> new ReviewRefused("decision.capacity.exceeded.gpu", kr.oneteam.app.i18n.Formats.number(left));
        };
    }

    private void releaseOrFail(CapacityClaim claim) {
        if (!programmes.release(claim)) {
            throw new IllegalStateException("could not release " + claim + ": less is reserved than was recorded");
        }
    }

    private static String describe(Recommendation r) {
        String state = r.getDecision().map(d -> d.outcome() + " (" + d.by() + ")"
                + (d.comment() == null ? "" : " '" + d.comment() + "'")).orElse("UNDECIDED");
        String reserved = r.getReservedAmount() == 0 ? "" : " · reserved " + r.getReservedAmount() + " " + r.getReservedUnit();
        return r.getProgramme() + " " + r.getEligibility() + " · " + state + reserved;
    }

    private static String decisions(Proposal proposal) {
        return proposal.getRecommendations().stream().filter(Recommendation::isDecided).map(ReviewService::describe)
                .collect(Collectors.joining("; "));
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new ReviewRefused("review.text.required");
        }
        return text.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Runs a domain state change; a transition the lifecycle forbids becomes a message the officer reads. */
    private static <T> T domain(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalTransitionException refused) {
            throw new ReviewRefused("review.illegalTransition", refused.fromState());
        } catch (IllegalArgumentException invalid) {
            throw new ReviewRefused("review.invalid", invalid.getMessage());
        }
    }

    private static void change(Runnable change) {
        domain(() -> {
            change.run();
            return null;
        });
    }
}
