package kr.oneteam.rules.outcome;

/** An outcome recorded by a rule for one proposal. */
public interface Outcome {

    long getProposalId();

    /** The R- id of the rule that recorded it, e.g. "R-CMP-01". */
    String getRule();
}
