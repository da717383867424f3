package kr.oneteam.rules.outcome;

/**
 * A reason a rule gives about one programme of one proposal. Subclasses say what the reason does
 * (an {@link Exclusion} rules the programme out, a {@link Note} only explains), so DRL patterns and the
 * merger tell them apart by type.
 */
public abstract class ProgrammeReason implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final String reason;

    protected ProgrammeReason(long proposalId, String programme, String rule, String reason) {
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
}
