package kr.oneteam.domain.vocabulary;

/** Where a company or site is: the capital region or not. Labels: Region.* in labels.properties. */
public enum Region implements Labelled {
    CAPITAL,
    NON_CAPITAL
}
