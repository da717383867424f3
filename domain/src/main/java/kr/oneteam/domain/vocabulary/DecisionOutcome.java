package kr.oneteam.domain.vocabulary;

/** An officer's decision on one recommendation. Labels: DecisionOutcome.* in labels.properties. */
public enum DecisionOutcome implements Labelled {
    ACCEPTED,
    DECLINED
}
