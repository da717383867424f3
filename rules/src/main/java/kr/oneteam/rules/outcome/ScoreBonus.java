package kr.oneteam.rules.outcome;

/**
 * Score points (may be negative) for one programme's recommendation, or with programme null for every
 * ELIGIBLE or CONDITIONAL recommendation of the proposal (the base 50 and company bonuses of POLICY.md).
 */
public final class ScoreBonus implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final int points;

    public ScoreBonus(long proposalId, String programme, String rule, int points) {
        this.proposalId = proposalId;
        this.programme = programme;
        this.rule = RuleIds.check(rule);
        this.points = points;
    }

    /** Points for every recommendation of the proposal. */
    public static ScoreBonus onProposal(long proposalId, String rule, int points) {
        return new ScoreBonus(proposalId, null, rule, points);
    }

    @Override
    public long getProposalId() { return proposalId; }
    public String getProgramme() { return programme; }
    @Override
    public String getRule() { return rule; }
    public int getPoints() { return points; }

    @Override
    public String toString() {
        return rule + " score " + (programme == null ? "*" : programme) + " " + points;
    }
}
