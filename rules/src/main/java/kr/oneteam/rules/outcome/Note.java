package kr.oneteam.rules.outcome;

/** An extra reason on a programme's recommendation (e.g. "기간 4개월로 조정"); it does not change eligibility. */
public final class Note extends ProgrammeReason {

    public Note(long proposalId, String programme, String rule, String reason) {
        super(proposalId, programme, rule, reason);
    }

    @Override
    public String toString() {
        return getRule() + " note on " + getProgramme() + " (" + getReason() + ")";
    }
}
