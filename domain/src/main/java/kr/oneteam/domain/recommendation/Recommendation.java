package kr.oneteam.domain.recommendation;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.oneteam.domain.persistence.StringListConverter;
import kr.oneteam.domain.programme.CapacityClaim;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.review.IllegalTransitionException;
import kr.oneteam.domain.review.ReviewAction;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One programme recommended for one proposal. Made by the rules (or by an officer as an override),
 * attached to its proposal by {@link Proposal#replaceRecommendations} or {@link Proposal#addOverride},
 * then decided by an officer. Accepting a GPU or KRW programme reserves capacity: the service reserves
 * {@link #claimOn(Programme)} through the programme repository and passes the claim to {@link #accept}.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    public static final String OVERRIDE_RULE = "OFFICER-OVERRIDE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
    @SequenceGenerator(name = "recommendation_seq", sequenceName = "recommendation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    /** Position in the proposal's list, as the rules ordered it (0 first). */
    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Column(name = "programme", nullable = false, length = 16)
    private ProgrammeCode programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility", nullable = false, length = 16)
    private Eligibility eligibility;

    @Column(name = "score", nullable = false)
    private int score;

    @Embedded
    private Allocation allocation;

    @Convert(converter = StringListConverter.class)
    @Column(name = "rule_ids", length = 2000)
    private List<String> ruleIds;

    /** In a column of the recommendation's own row, not a row each (decision 147). Immutable; replaced, never changed. */
    @Convert(converter = RuleReasonsConverter.class)
    @Column(name = "reasons", length = RuleReasonsConverter.COLUMN_MAX)
    private List<RuleReason> reasons = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(name = "flags", length = 4000)
    private List<String> flags;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ruleset_version_id")
    private RulesetVersion rulesetVersion;

    @Column(name = "ruleset_hash", length = 80)
    private String rulesetHash;

    @Column(name = "override", nullable = false)
    private boolean override;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Convert(converter = StringListConverter.class)
    @Column(name = "overridden_rules", length = 2000)
    private List<String> overriddenRules;

    @Column(name = "override_by", length = 64)
    private String overrideBy;

    @Column(name = "override_at")
    private OffsetDateTime overrideAt;

    @Embedded
    private Decision decision;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** What accepting reserved from the programme's capacity, so declining or reopening can release it. */
    @Column(name = "reserved_amount", nullable = false)
    private long reservedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "reserved_unit", nullable = false, length = 8)
    private CapacityUnit reservedUnit = CapacityUnit.NONE;

    protected Recommendation() {
    }

    /**
     * A recommendation as the rules made it. Every reason must name one of {@code ruleIds}; INELIGIBLE
     * recommendations carry no allocation (POLICY.md, Score).
     */
    public Recommendation(ProgrammeCode programme, Eligibility eligibility, int score, Allocation allocation,
                          List<String> ruleIds, List<RuleReason> reasons, List<String> flags) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score of " + programme + " must be 0–100: " + score);
        }
        this.score = score;
        this.allocation = allocation;
        this.ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds"));
        this.reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        this.flags = StoredCollections.listOrNull(flags);
        if (this.ruleIds.isEmpty()) {
            throw new IllegalArgumentException("recommendation of " + programme + " names no rule");
        }
        for (RuleReason reason : this.reasons) {
            if (!this.ruleIds.contains(reason.rule())) {
                throw new IllegalArgumentException("reason of rule " + reason.rule() + " on " + programme
                        + " names a rule that is not among its rules " + this.ruleIds);
            }
        }
    }

    /** An officer's addition of a programme the rules did not propose, attributed to the rules overridden. */
    public static Recommendation override(ProgrammeCode programme, String reason, String officer,
                                          List<String> overriddenRules, Clock clock) {
        requireText(reason, "override reason");
        requireText(officer, "officer");
        Recommendation added = new Recommendation(programme, Eligibility.ELIGIBLE, 0, null,
                List.of(OVERRIDE_RULE), List.of(new RuleReason(OVERRIDE_RULE, reason)), List.of());
        added.markOverridden(reason, officer, overriddenRules, clock);
        return added;
    }

    /** Turns a rules-made recommendation (e.g. INELIGIBLE) into an officer's ELIGIBLE override. */
    public void overrideBy(String officer, String reason, List<String> overriddenRules, Clock clock) {
        requireText(reason, "override reason");
        requireText(officer, "officer");
        if (decision != null) {
            throw new IllegalTransitionException(decision.outcome(), "override a decided recommendation");
        }
        this.eligibility = Eligibility.ELIGIBLE;
        List<String> rules = new ArrayList<>(getRuleIds());
        if (!rules.contains(OVERRIDE_RULE)) {
            rules.add(OVERRIDE_RULE);
        }
        this.ruleIds = List.copyOf(rules);
        List<RuleReason> withOverride = new ArrayList<>(getReasons());
        withOverride.add(new RuleReason(OVERRIDE_RULE, reason));
        this.reasons = List.copyOf(withOverride);
        markOverridden(reason, officer, overriddenRules, clock);
    }

    private void markOverridden(String reason, String officer, List<String> overriddenRules, Clock clock) {
        this.override = true;
        this.overrideReason = reason.trim();
        this.overrideBy = officer.trim();
        this.overriddenRules = StoredCollections.listOrNull(overriddenRules);
        this.overrideAt = OffsetDateTime.now(clock);
    }

    /**
     * The same outcome of the rules as {@code other}: programme, eligibility, score, allocation, rule ids,
     * reasons and flags (not the version, the rank or any officer's work). Re-routing uses it to leave an
     * unchanged recommendation in place.
     */
    public boolean sameOutcomeAs(Recommendation other) {
        return programme.equals(other.programme) && eligibility == other.eligibility && score == other.score
                && Objects.equals(allocation, other.allocation) && getRuleIds().equals(other.getRuleIds())
                && getReasons().equals(other.getReasons()) && getFlags().equals(other.getFlags());
    }

    /** Called by the proposal when it takes this recommendation in. */
    public void attachTo(Proposal owner, int position, RulesetVersion version) {
        if (this.proposal != null && this.proposal != owner) {
            throw new IllegalStateException("recommendation of " + programme + " already belongs to another proposal");
        }
        this.proposal = Objects.requireNonNull(owner, "proposal");
        this.rank = position;
        if (version != null) {
            this.rulesetVersion = version;
            this.rulesetHash = version.getContentHash();
        }
    }

    /**
     * What accepting this recommendation would reserve from {@code programmeOfThis}: GPUs for a GPU
     * programme (P01, P02), won for a KRW programme (P07, P08), nothing otherwise or without allocation.
     */
    public CapacityClaim claimOn(Programme programmeOfThis) {
        if (!programmeOfThis.getCode().equals(programme)) {
            throw new IllegalArgumentException("recommendation of " + programme + " asked about " + programmeOfThis.getCode());
        }
        CapacityUnit unit = programmeOfThis.getCapacityUnit();
        Long amount = switch (unit) {
            case GPU -> allocation == null ? null : longOrNull(allocation.gpus());
            case KRW -> allocation == null ? null : allocation.krw();
            case NONE -> null;
        };
        return amount == null || amount == 0 ? CapacityClaim.none(programme) : new CapacityClaim(programme, unit, amount);
    }

    private static Long longOrNull(Integer value) {
        return value == null ? null : value.longValue();
    }

    /** Accepts without reserving capacity (programmes that count none). */
    public void accept(String officer, String comment, Clock clock) {
        accept(officer, comment, clock, CapacityClaim.none(programme));
    }

    /**
     * Accepts, recording what the caller has already reserved for it, so that a later decline or reopen
     * releases exactly that.
     */
    public void accept(String officer, String comment, Clock clock, CapacityClaim reserved) {
        proposal().ensureAllows(ReviewAction.DECIDE);
        if (decision != null && decision.isAccepted()) {
            throw new IllegalTransitionException(DecisionOutcome.ACCEPTED, "accept " + programme, "it is already accepted");
        }
        if (eligibility == Eligibility.INELIGIBLE) {
            throw new IllegalTransitionException(eligibility, "accept " + programme,
                    "an INELIGIBLE recommendation is overridden first (add the programme with a reason)");
        }
        Objects.requireNonNull(reserved, "reserved");
        if (!reserved.programme().equals(programme)) {
            throw new IllegalArgumentException("capacity reserved for " + reserved.programme() + " not " + programme);
        }
        this.decision = new Decision(DecisionOutcome.ACCEPTED, officer, OffsetDateTime.now(clock), comment);
        this.reservedAmount = reserved.amount();
        this.reservedUnit = reserved.isEmpty() ? CapacityUnit.NONE : reserved.unit();
        proposal.decisionsChanged();
    }

    /**
     * Declines with a comment (required: the company is told why). @return the capacity to release if
     * this recommendation had been accepted, else an empty claim.
     */
    public CapacityClaim decline(String officer, String comment, Clock clock) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("comment is required to decline " + programme);
        }
        proposal().ensureAllows(ReviewAction.DECIDE);
        if (decision != null && !decision.isAccepted()) {
            throw new IllegalTransitionException(DecisionOutcome.DECLINED, "decline " + programme, "it is already declined");
        }
        CapacityClaim release = takeReservation();
        this.decision = new Decision(DecisionOutcome.DECLINED, officer, OffsetDateTime.now(clock), comment);
        proposal.decisionsChanged();
        return release;
    }

    /** Undoes the decision. @return the capacity to release (empty unless it had been accepted). */
    public CapacityClaim reopen() {
        proposal().ensureAllows(ReviewAction.UNDO_DECISION);
        if (decision == null) {
            throw new IllegalTransitionException("UNDECIDED", "reopen " + programme, "there is no decision to reopen");
        }
        CapacityClaim release = takeReservation();
        this.decision = null;
        proposal.decisionsChanged();
        return release;
    }

    private CapacityClaim takeReservation() {
        CapacityClaim release = reservedAmount == 0 ? CapacityClaim.none(programme)
                : new CapacityClaim(programme, reservedUnit, reservedAmount);
        this.reservedAmount = 0;
        this.reservedUnit = CapacityUnit.NONE;
        return release;
    }

    private Proposal proposal() {
        if (proposal == null) {
            throw new IllegalStateException("recommendation of " + programme + " is not attached to a proposal");
        }
        return proposal;
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** ELIGIBLE or CONDITIONAL: counts for the queue and for R-BKL-01. */
    public boolean isPositive() {
        return eligibility != Eligibility.INELIGIBLE;
    }

    public boolean isDecided() {
        return decision != null;
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public int getRank() {
        return rank;
    }

    public ProgrammeCode getProgramme() {
        return programme;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public int getScore() {
        return score;
    }

    public Optional<Allocation> getAllocation() {
        return Optional.ofNullable(allocation);
    }

    public List<String> getRuleIds() {
        return ruleIds == null ? List.of() : ruleIds;
    }

    public List<RuleReason> getReasons() {
        return reasons == null ? List.of() : reasons;
    }

    public List<String> getFlags() {
        return flags == null ? List.of() : flags;
    }

    public RulesetVersion getRulesetVersion() {
        return rulesetVersion;
    }

    public String getRulesetHash() {
        return rulesetHash;
    }

    public boolean isOverride() {
        return override;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public List<String> getOverriddenRules() {
        return overriddenRules == null ? List.of() : overriddenRules;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public OffsetDateTime getOverrideAt() {
        return overrideAt;
    }

    public Optional<Decision> getDecision() {
        return Optional.ofNullable(decision);
    }

    public long getReservedAmount() {
        return reservedAmount;
    }

    public CapacityUnit getReservedUnit() {
        return reservedUnit;
    }

    @Override
    public String toString() {
        return programme + " " + eligibility + " " + score + (decision == null ? "" : " " + decision.outcome());
    }
}
