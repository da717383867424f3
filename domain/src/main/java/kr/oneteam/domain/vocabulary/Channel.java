package kr.oneteam.domain.vocabulary;

/** How a proposal reached the ministry (INTAKE.md channel). Labels: Channel.* in labels.properties. */
public enum Channel implements Labelled {
    MEETING,
    CHAT,
    LETTER,
    PORTAL,
    ASSOCIATION,
    API
}
