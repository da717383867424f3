package kr.oneteam.domain.vocabulary;

/** A consortium member's role. Labels: ConsortiumRole.* in labels.properties. */
public enum ConsortiumRole implements Labelled {
    LEAD,
    MEMBER
}
