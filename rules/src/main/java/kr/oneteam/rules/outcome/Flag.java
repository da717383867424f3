package kr.oneteam.rules.outcome;

/**
 * A legal or procedural note. With a programme it goes on that programme's recommendation; with
 * programme null it is about the whole proposal (R-LAW-…, R-DAT-04) and goes on every recommendation.
 */
public final class Flag implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final String text;

    public Flag(long proposalId, String programme, String rule, String text) {
        this.proposalId = proposalId;
        this.programme = programme;
        this.rule = RuleIds.check(rule);
        this.text = RuleIds.text(text, "flag");
    }

    /** A flag about the whole proposal, shown on every recommendation. */
    public static Flag onProposal(long proposalId, String rule, String text) {
        return new Flag(proposalId, null, rule, text);
    }

    @Override
    public long getProposalId() { return proposalId; }
    public String getProgramme() { return programme; }
    @Override
    public String getRule() { return rule; }
    public String getText() { return text; }

    public boolean isWholeProposal() { return programme == null; }

    @Override
    public String toString() {
        return rule + " flag " + (programme == null ? "*" : programme) + " (" + text + ")";
    }
}
