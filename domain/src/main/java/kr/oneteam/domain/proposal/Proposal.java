package kr.oneteam.domain.proposal;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.persistence.VocabularySetConverters;
import kr.oneteam.domain.programme.CapacityClaim;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.FollowUp;
import kr.oneteam.domain.review.IllegalTransitionException;
import kr.oneteam.domain.review.ReviewAction;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.hibernate.annotations.BatchSize;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One proposal as submitted, with its recommendations, officer work and lifecycle. The aggregate root
 * officers edit: optimistic locking ({@code @Version}) stops two officers overwriting each other, and
 * every state change goes through a method that checks {@link ReviewAction}. Build one with
 * {@link #builder()}.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;
    public static final int EXTERNAL_REF_MAX = 64;
    public static final int CONSORTIUM_MAX = 50;
    public static final int NOTE_MAX = 4000;
    public static final int ROUTING_FAILURE_MAX = 1000;
    public static final int ASSIGNEE_MAX = 64;
    /** The stored document's column, in UTF-16 units (V150); a document the schema accepts stays far below it. */
    public static final int CONTENT_MAX = 200_000;

    /**
     * Limits count characters (Unicode code points, INTAKE.md); columns are sized in UTF-16 units, twice the
     * limit, because H2 counts those (PostgreSQL counts code points): a title of 200 emoji is 400 units (V30).
     */
    public static int storedLength(int codePoints) {
        return 2 * codePoints;
    }

    /** The length of {@code text} in code points, as INTAKE.md counts. */
    public static int lengthOf(String text) {
        return text.codePointCount(0, text.length());
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "external_ref", unique = true, length = 2 * EXTERNAL_REF_MAX)
    private String externalRef;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    /** Copy of the company's name at submission, so the queue sorts and filters without a join. */
    @Column(name = "company_name", nullable = false, length = 2 * Company.NAME_MAX)
    private String companyName;

    /** The company's size class as it said with this proposal (the document's {@code company.sizeClass}), for filters. */
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 16)
    private SizeClass sizeClass;

    /** The company's region as it said with this proposal ({@code company.region}), for filters. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 16)
    private Region region;

    /**
     * The regulatory sandbox track asked for (the document's {@code regulation.sandboxTrack}), null without a
     * regulation block: reply deadlines by track (decision 100) are filtered and computed in the queue's query.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "regulation_sandbox_track", length = 24)
    private SandboxTrack sandboxTrack;

    /**
     * The proposal as submitted: the JSON document of {@code proposal.schema.json} the intake bound (decision 061).
     * The typed columns beside it are copies of what the queue, the dashboard and the lifecycle filter on.
     */
    @Column(name = "content", nullable = false, length = CONTENT_MAX)
    private String content;

    @Column(name = "title", nullable = false, length = 2 * TITLE_MAX)
    private String title;

    @Convert(converter = VocabularySetConverters.Categories.class)
    @Column(name = "categories", nullable = false, length = 400)
    private Set<Category> categories;

    /** The same column as text, read-only, so queries can filter with LIKE '%,DATA,%' (ProposalSpecifications). */
    @Column(name = "categories", insertable = false, updatable = false)
    private String categoriesColumn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 16)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.NEW;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank asc")
    @BatchSize(size = 100)
    private List<Recommendation> recommendations = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ruleset_version_id")
    private RulesetVersion rulesetVersion;

    @Column(name = "ruleset_hash", length = 80)
    private String rulesetHash;

    /** Why the rules could not route this proposal ("R-CMP-01: ArithmeticException: / by zero"); null when they could. */
    @Column(name = "routing_failure", length = ROUTING_FAILURE_MAX)
    private String routingFailure;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("due asc, id asc")
    @BatchSize(size = 100)
    private List<FollowUp> followUps = new ArrayList<>();

    @Column(name = "info_question", length = NOTE_MAX)
    private String infoQuestion;

    @Column(name = "info_requested_at")
    private OffsetDateTime infoRequestedAt;

    @Column(name = "info_requested_by", length = 64)
    private String infoRequestedBy;

    @Column(name = "info_answer", length = NOTE_MAX)
    private String infoAnswer;

    @Column(name = "info_received_at")
    private OffsetDateTime infoReceivedAt;

    @Column(name = "reply_text", length = TEXT_MAX)
    private String reply;

    @Column(name = "replied_at")
    private OffsetDateTime repliedAt;

    @Column(name = "replied_by", length = 64)
    private String repliedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    /** The officer who has the case (V50); null while nobody does. */
    @Column(name = "assignee", length = ASSIGNEE_MAX)
    private String assignee;

    @Column(name = "assigned_at")
    private OffsetDateTime assignedAt;

    @Column(name = "assigned_by", length = ASSIGNEE_MAX)
    private String assignedBy;

    // ---- Denormalised for the officers' queue; written only by refreshQueueColumns() and refreshFollowUpColumn() ----

    @Column(name = "top_programme", length = 16)
    private ProgrammeCode topProgramme;

    @Column(name = "top_score")
    private Integer topScore;

    @Column(name = "eligible_count", nullable = false)
    private int eligibleCount;

    @Column(name = "next_follow_up_due")
    private LocalDate nextFollowUpDue;

    /** {@code ,P01,P06,}: programmes recommended ELIGIBLE or CONDITIONAL, for {@code LIKE '%,P01,%'}. */
    @Column(name = "programme_codes", length = 1000)
    private String programmeCodes;

    /** {@code ,P01,}: programmes an officer accepted. */
    @Column(name = "accepted_codes", length = 1000)
    private String acceptedCodes;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Proposal() {
    }

    public static ProposalBuilder builder() {
        return new ProposalBuilder();
    }

    Proposal(ProposalBuilder b, Clock clock) {
        if (b.externalRef != null && (b.externalRef.isBlank() || lengthOf(b.externalRef) > EXTERNAL_REF_MAX)) {
            throw new IllegalArgumentException("externalRef must be 1–" + EXTERNAL_REF_MAX + " characters");
        }
        // Kept exactly as submitted: it is the client's idempotency key, compared as sent.
        this.externalRef = b.externalRef;
        this.receivedAt = required(b.receivedAt, "receivedAt is required");
        this.channel = required(b.channel, "channel is required");
        this.company = required(b.company, "company is required");
        this.companyName = b.company.getName();
        this.sizeClass = required(b.sizeClass, "company.sizeClass is required");
        this.region = required(b.region, "company.region is required");
        this.sandboxTrack = b.sandboxTrack;
        if (b.content == null || b.content.isBlank() || b.content.length() > CONTENT_MAX) {
            throw new IllegalArgumentException("content must be a document of 1–" + CONTENT_MAX + " UTF-16 units");
        }
        this.content = b.content;
        this.title = checkText(b.title, "title", TITLE_MAX);
        if (b.categories == null || b.categories.isEmpty()) {
            throw new IllegalArgumentException("categories needs at least one category");
        }
        this.categories = StoredCollections.setOrNull(b.categories);
        this.stage = required(b.stage, "stage is required");
        this.createdAt = OffsetDateTime.now(clock);
    }

    private static String checkText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (lengthOf(value) > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }

    // ---- Lifecycle ----

    /** @throws IllegalTransitionException when the current state does not allow {@code action} */
    public void ensureAllows(ReviewAction action) {
        action.checkAllowedFrom(status);
    }

    /**
     * Puts in what the rules recommend now, made by {@code version}. Routing a NEW proposal makes it
     * AWAITING_REVIEW. Refused once any recommendation carries a decision: decided proposals keep the
     * recommendations (and ruleset) their decisions were made on (POLICY.md §3). Officers' overrides
     * survive; the rules' recommendation for an overridden programme is not added again.
     */
    public void replaceRecommendations(List<Recommendation> fresh, RulesetVersion version) {
        ensureAllows(ReviewAction.REPLACE_RECOMMENDATIONS);
        if (recommendations.stream().anyMatch(Recommendation::isDecided)) {
            throw new IllegalTransitionException(status, ReviewAction.REPLACE_RECOMMENDATIONS.description(),
                    "a recommendation already has an officer's decision");
        }
        Set<ProgrammeCode> seen = new HashSet<>();
        for (Recommendation r : fresh) {
            if (!seen.add(r.getProgramme())) {
                throw new IllegalArgumentException("two recommendations for " + r.getProgramme()
                        + "; a proposal has at most one per programme");
            }
        }
        List<Recommendation> kept = recommendations.stream().filter(Recommendation::isOverride).toList();
        Set<ProgrammeCode> overridden = kept.stream().map(Recommendation::getProgramme).collect(Collectors.toSet());
        recommendations.removeIf(r -> !r.isOverride());
        int position = 0;
        for (Recommendation r : fresh) {
            if (!overridden.contains(r.getProgramme())) {
                r.attachTo(this, position++, version);
                recommendations.add(r);
            }
        }
        for (Recommendation r : kept) {
            r.attachTo(this, position++, null);
        }
        recommendations.sort(Comparator.comparingInt(Recommendation::getRank));
        this.rulesetVersion = version;
        this.rulesetHash = version == null ? null : version.getContentHash();
        this.routingFailure = null;
        if (status == ProposalStatus.NEW) {
            status = ProposalStatus.AWAITING_REVIEW;
        }
        refreshQueueColumns();
    }

    /**
     * Routed again by {@code version} with exactly the recommendations it has: the rules' recommendations
     * (officers' overrides aside) are the same outcomes in the same order, and none failed. Then only the
     * version they name changes — re-routing after an activation rewrites nothing else (h-spine, issue 7).
     *
     * @return false, changing nothing, when the outcome differs: use {@link #replaceRecommendations}
     */
    public boolean reroutedUnchanged(List<Recommendation> fresh, RulesetVersion version) {
        if (routingFailure != null || version == null || recommendations.stream().anyMatch(Recommendation::isDecided)) {
            return false;
        }
        Set<ProgrammeCode> overridden = recommendations.stream().filter(Recommendation::isOverride)
                .map(Recommendation::getProgramme).collect(Collectors.toSet());
        List<Recommendation> now = recommendations.stream().filter(r -> !r.isOverride())
                .sorted(Comparator.comparingInt(Recommendation::getRank)).toList();
        List<Recommendation> wanted = fresh.stream().filter(r -> !overridden.contains(r.getProgramme())).toList();
        if (now.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).sameOutcomeAs(wanted.get(i))) {
                return false;
            }
        }
        ensureAllows(ReviewAction.REPLACE_RECOMMENDATIONS);
        now.forEach(r -> r.attachTo(this, r.getRank(), version));
        this.rulesetVersion = version;
        this.rulesetHash = version.getContentHash();
        if (status == ProposalStatus.NEW) {
            status = ProposalStatus.AWAITING_REVIEW;
        }
        refreshQueueColumns();
        return true;
    }

    /**
     * The rules failed on this proposal under {@code version}: it keeps no recommendation of the rules (an
     * officer's overrides stay), shows as 미분류 and says why, so that it is never silently dropped
     * (POLICY.md §3) and a batch it came in with goes on. Routing it again later clears the failure.
     */
    public void routingFailed(String failure, RulesetVersion version) {
        if (failure == null || failure.isBlank()) {
            throw new IllegalArgumentException("a routing failure needs its reason");
        }
        replaceRecommendations(List.of(), version);
        String text = failure.strip();
        this.routingFailure = text.length() <= ROUTING_FAILURE_MAX ? text
                : text.substring(0, ROUTING_FAILURE_MAX - 1) + "…";
    }

    /** An officer asks the company a question; the proposal waits for the answer (NEEDS_INFO). */
    public void requestInfo(String question, String officer, Clock clock) {
        ensureAllows(ReviewAction.REQUEST_INFO);
        this.infoQuestion = checkText(question, "question", NOTE_MAX).trim();
        this.infoRequestedBy = requireOfficer(officer);
        this.infoRequestedAt = OffsetDateTime.now(clock);
        this.infoAnswer = null;
        this.infoReceivedAt = null;
        status = ReviewAction.REQUEST_INFO.next(status);
    }

    /** The company answered; back to review. The answer may be empty when it came by other means. */
    public void receiveInfo(String answer, Clock clock) {
        ensureAllows(ReviewAction.RECEIVE_INFO);
        if (answer != null && answer.length() > NOTE_MAX) {
            throw new IllegalArgumentException("answer is longer than " + NOTE_MAX + " characters");
        }
        this.infoAnswer = answer == null || answer.isBlank() ? null : answer.trim();
        this.infoReceivedAt = OffsetDateTime.now(clock);
        status = ReviewAction.RECEIVE_INFO.next(status);
    }

    /**
     * Called by a recommendation after its decision changed: DECIDED while any recommendation is
     * decided, AWAITING_REVIEW when none is; the queue columns follow.
     */
    public void decisionsChanged() {
        if (status == ProposalStatus.AWAITING_REVIEW || status == ProposalStatus.DECIDED) {
            boolean anyDecided = recommendations.stream().anyMatch(Recommendation::isDecided);
            status = anyDecided ? ProposalStatus.DECIDED : ProposalStatus.AWAITING_REVIEW;
        }
        refreshQueueColumns();
    }

    /**
     * An officer adds a programme the rules did not propose (or turns the rules' INELIGIBLE one into
     * ELIGIBLE), with a reason, attributed to the rules overridden.
     */
    public Recommendation addOverride(ProgrammeCode programme, String reason, String officer,
                                      List<String> overriddenRules, Clock clock) {
        ensureAllows(ReviewAction.OVERRIDE);
        Optional<Recommendation> existing = recommendationFor(programme);
        if (existing.isPresent()) {
            Recommendation r = existing.get();
            if (r.isPositive()) {
                throw new IllegalArgumentException(programme + " is already recommended (" + r.getEligibility() + ")");
            }
            r.overrideBy(officer, reason, overriddenRules, clock);
            refreshQueueColumns();
            return r;
        }
        Recommendation added = Recommendation.override(programme, reason, officer, overriddenRules, clock);
        added.attachTo(this, recommendations.size(), null);
        recommendations.add(added);
        refreshQueueColumns();
        return added;
    }

    /** Saves the reply (회신) text while the officer works on it; does not send it. */
    public void draftReply(String text) {
        ensureAllows(ReviewAction.DRAFT_REPLY);
        this.reply = checkText(text, "reply", TEXT_MAX);
    }

    /** The reply (회신) is sent to the company: DECIDED → REPLIED. */
    public void reply(String text, String officer, Clock clock) {
        ensureAllows(ReviewAction.REPLY);
        this.reply = checkText(text, "reply", TEXT_MAX);
        this.repliedBy = requireOfficer(officer);
        this.repliedAt = OffsetDateTime.now(clock);
        status = ReviewAction.REPLY.next(status);
    }

    public void close(String officer, Clock clock) {
        ensureAllows(ReviewAction.CLOSE);
        this.closedBy = requireOfficer(officer);
        this.closedAt = OffsetDateTime.now(clock);
        status = ReviewAction.CLOSE.next(status);
    }

    /**
     * Back to review: every decision is cleared. @return the capacity the caller must release through
     * the programme repository (one claim per accepted recommendation that had reserved some).
     */
    public List<CapacityClaim> reopen() {
        ensureAllows(ReviewAction.REOPEN);
        status = ReviewAction.REOPEN.next(status);
        this.closedAt = null;
        this.closedBy = null;
        List<CapacityClaim> toRelease = new ArrayList<>();
        for (Recommendation r : recommendations) {
            if (r.isDecided()) {
                CapacityClaim claim = r.reopen();
                if (!claim.isEmpty()) {
                    toRelease.add(claim);
                }
            }
        }
        refreshQueueColumns();
        return toRelease;
    }

    /**
     * Gives the case to {@code officer} (a user name), or to nobody when it is null. Recorded with who did it
     * and when; a closed case is reopened before anyone takes it.
     */
    public void assignTo(String officer, String by, Clock clock) {
        ensureAllows(ReviewAction.ASSIGN);
        if (officer != null && (officer.isBlank() || officer.strip().length() > ASSIGNEE_MAX)) {
            throw new IllegalArgumentException("assignee must be a user name of 1–" + ASSIGNEE_MAX + " characters");
        }
        this.assignee = officer == null ? null : officer.strip();
        this.assignedBy = requireOfficer(by);
        this.assignedAt = OffsetDateTime.now(clock);
    }

    public FollowUp addFollowUp(String action, String owner, LocalDate due, Clock clock) {
        ensureAllows(ReviewAction.ADD_FOLLOW_UP);
        FollowUp followUp = new FollowUp(this, action, owner, due, clock);
        followUps.add(followUp);
        refreshFollowUpColumn();
        return followUp;
    }

    public void completeFollowUp(FollowUp followUp, String by, Clock clock) {
        ensureAllows(ReviewAction.COMPLETE_FOLLOW_UP);
        if (!followUps.contains(followUp)) {
            throw new IllegalArgumentException("follow-up '" + followUp.getAction() + "' belongs to another proposal");
        }
        followUp.markDone(by, clock);
        refreshFollowUpColumn();
    }

    private static String requireOfficer(String officer) {
        if (officer == null || officer.isBlank()) {
            throw new IllegalArgumentException("officer is required");
        }
        return officer.trim();
    }

    /** Keeps the queue's recommendation columns true; called by every method that changes recommendations. */
    private void refreshQueueColumns() {
        List<Recommendation> positive = recommendations.stream().filter(Recommendation::isPositive).toList();
        Optional<Recommendation> top = positive.stream()
                .min(Comparator.comparing((Recommendation r) -> r.getProgramme().isBacklog())
                        .thenComparing(Recommendation::getEligibility)
                        .thenComparing(Comparator.comparingInt(Recommendation::getScore).reversed())
                        .thenComparing(Recommendation::getProgramme));
        this.topProgramme = top.map(Recommendation::getProgramme).orElse(null);
        this.topScore = top.map(Recommendation::getScore).orElse(null);
        // BACKLOG is not a programme the company can get, so it does not count as an eligible match.
        this.eligibleCount = (int) positive.stream().filter(r -> !r.getProgramme().isBacklog()).count();
        this.programmeCodes = codes(positive);
        this.acceptedCodes = codes(recommendations.stream()
                .filter(r -> r.getDecision().map(d -> d.isAccepted()).orElse(false)).toList());
    }

    /** Keeps the queue's follow-up column true; separate so that deciding never has to load follow-ups. */
    private void refreshFollowUpColumn() {
        this.nextFollowUpDue = followUps.stream().filter(f -> !f.isDone()).map(FollowUp::getDue)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String codes(List<Recommendation> recs) {
        if (recs.isEmpty()) {
            return null;
        }
        TreeSet<ProgrammeCode> sorted = recs.stream().map(Recommendation::getProgramme)
                .collect(Collectors.toCollection(TreeSet::new));
        return sorted.stream().map(ProgrammeCode::value).collect(Collectors.joining(",", ",", ","));
    }

    // ---- Reading ----

    public Optional<Recommendation> recommendationFor(ProgrammeCode programme) {
        return recommendations.stream().filter(r -> r.getProgramme().equals(programme)).findFirst();
    }

    public Optional<Recommendation> recommendation(Long recommendationId) {
        return recommendations.stream().filter(r -> Objects.equals(r.getId(), recommendationId)).findFirst();
    }

    /** "미분류" for officers: the rules gave this proposal no recommendation at all (POLICY.md §3). */
    public boolean isUnclassified() {
        return status != ProposalStatus.NEW && recommendations.isEmpty();
    }

    /** Why the rules could not route this proposal, when they could not (it is then 미분류). */
    public Optional<String> getRoutingFailure() {
        return Optional.ofNullable(routingFailure);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public Company getCompany() {
        return company;
    }

    public String getCompanyName() {
        return companyName;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public Region getRegion() {
        return region;
    }

    /** The sandbox track of the regulation block; empty without one. */
    public Optional<SandboxTrack> getSandboxTrack() {
        return Optional.ofNullable(sandboxTrack);
    }

    /** The proposal as submitted, as the JSON document of {@code proposal.schema.json} (decision 061). */
    public String getContent() {
        return content;
    }

    public String getTitle() {
        return title;
    }

    public Set<Category> getCategories() {
        return categories == null ? Set.of() : categories;
    }

    public Stage getStage() {
        return stage;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public List<Recommendation> getRecommendations() {
        return List.copyOf(recommendations);
    }

    public RulesetVersion getRulesetVersion() {
        return rulesetVersion;
    }

    public String getRulesetHash() {
        return rulesetHash;
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public String getInfoQuestion() {
        return infoQuestion;
    }

    public OffsetDateTime getInfoRequestedAt() {
        return infoRequestedAt;
    }

    public String getInfoRequestedBy() {
        return infoRequestedBy;
    }

    public String getInfoAnswer() {
        return infoAnswer;
    }

    public OffsetDateTime getInfoReceivedAt() {
        return infoReceivedAt;
    }

    public String getReply() {
        return reply;
    }

    public OffsetDateTime getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Optional<String> getAssignee() {
        return Optional.ofNullable(assignee);
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public ProgrammeCode getTopProgramme() {
        return topProgramme;
    }

    public Integer getTopScore() {
        return topScore;
    }

    public int getEligibleCount() {
        return eligibleCount;
    }

    public LocalDate getNextFollowUpDue() {
        return nextFollowUpDue;
    }

    /** Programmes recommended ELIGIBLE or CONDITIONAL, in code order (BACKLOG last). */
    public Set<ProgrammeCode> getProgrammeCodes() {
        return parseCodes(programmeCodes);
    }

    public Set<ProgrammeCode> getAcceptedCodes() {
        return parseCodes(acceptedCodes);
    }

    private static Set<ProgrammeCode> parseCodes(String column) {
        TreeSet<ProgrammeCode> codes = new TreeSet<>();
        if (column != null) {
            for (String code : column.split(",")) {
                if (!code.isBlank()) {
                    codes.add(ProgrammeCode.of(code));
                }
            }
        }
        return codes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Proposal[" + id + ", " + externalRef + ", " + companyName + ", " + status + "]";
    }

    /** Missing required input is bad input (IllegalArgumentException naming the field), not a programming error. */
    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }
}
