package kr.oneteam.domain.vocabulary;

/** How far the proposer's product is. Labels: Stage.* in labels.properties. */
public enum Stage implements Labelled {
    RESEARCH,
    DEVELOPMENT,
    POC,
    COMMERCIAL,
    GLOBAL
}
