package kr.oneteam.rules.outcome;

/** An exclusion rule (R-…-X…) makes a programme's recommendation INELIGIBLE whatever else holds, with its reason. */
public final class Exclusion implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final String reason;

    public Exclusion(long proposalId, String programme, String rule, String reason) {
        this.proposalId = proposalId;
        this.programme = RuleIds.programme(programme);
        this.rule = RuleIds.check(rule);
        this.reason = RuleIds.text(reason, "reason");
    }

    @Override
    public long getProposalId() { return proposalId; }
    public String getProgramme() { return programme; }
    @Override
    public String getRule() { return rule; }
    public String getReason() { return reason; }

    @Override
    public String toString() {
        return rule + " excludes " + programme + " (" + reason + ")";
    }
}
