package kr.oneteam.rules.outcome;

import java.util.Objects;
import kr.oneteam.domain.vocabulary.Eligibility;

/** A rule says a programme fits (or does not fit) a proposal, and why. Several may contribute to one programme. */
public final class Contribution implements Outcome {

    private final long proposalId;
    private final String programme;
    private final Eligibility eligibility;
    private final String rule;
    private final String reason;

    public Contribution(long proposalId, String programme, Eligibility eligibility, String rule, String reason) {
        this.proposalId = proposalId;
        this.programme = RuleIds.programme(programme);
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        this.rule = RuleIds.check(rule);
        this.reason = RuleIds.text(reason, "reason");
    }

    @Override
    public long getProposalId() { return proposalId; }
    public String getProgramme() { return programme; }
    public Eligibility getEligibility() { return eligibility; }
    @Override
    public String getRule() { return rule; }
    public String getReason() { return reason; }

    @Override
    public String toString() {
        return rule + " " + programme + " " + eligibility + " (" + reason + ")";
    }
}
