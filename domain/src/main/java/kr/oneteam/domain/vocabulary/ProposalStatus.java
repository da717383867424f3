package kr.oneteam.domain.vocabulary;

/** Lifecycle of a proposal (INTAKE.md). Labels: ProposalStatus.* in labels.properties. */
public enum ProposalStatus implements Labelled {
    NEW,
    AWAITING_REVIEW,
    NEEDS_INFO,
    DECIDED,
    REPLIED,
    CLOSED
}
