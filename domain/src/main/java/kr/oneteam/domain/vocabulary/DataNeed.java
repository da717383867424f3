package kr.oneteam.domain.vocabulary;

/** What a data request needs. Labels: DataNeed.* in labels.properties. */
public enum DataNeed implements Labelled {
    ACCESS,
    PURCHASE,
    REFINING,
    CONSTRUCTION
}
