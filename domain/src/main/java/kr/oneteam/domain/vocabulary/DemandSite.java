package kr.oneteam.domain.vocabulary;

/** Whether an overseas buyer is lined up. Labels: DemandSite.* in labels.properties. */
public enum DemandSite implements Labelled {
    SECURED,
    NEGOTIATING,
    NONE
}
