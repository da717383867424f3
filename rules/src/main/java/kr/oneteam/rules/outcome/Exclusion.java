package kr.oneteam.rules.outcome;

/** An exclusion rule (R-…-X…) makes a programme's recommendation INELIGIBLE whatever else holds, with its reason. */
public final class Exclusion extends ProgrammeReason {

    public Exclusion(long proposalId, String programme, String rule, String reason) {
        super(proposalId, programme, rule, reason);
    }

    @Override
    public String toString() {
        return getRule() + " excludes " + getProgramme() + " (" + getReason() + ")";
    }
}
