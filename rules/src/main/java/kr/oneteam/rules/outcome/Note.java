package kr.oneteam.rules.outcome;

/** An extra reason on a programme's recommendation (e.g. "기간 4개월로 조정"); it does not change eligibility. */
public final class Note implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final String reason;

    public Note(long proposalId, String programme, String rule, String reason) {
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
        return rule + " note on " + programme + " (" + reason + ")";
    }
}
