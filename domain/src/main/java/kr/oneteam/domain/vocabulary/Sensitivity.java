package kr.oneteam.domain.vocabulary;

/** How sensitive requested data is (Personal Information Protection Act terms). Labels: Sensitivity.* in labels.properties. */
public enum Sensitivity implements Labelled {
    PUBLIC,
    ANONYMOUS,
    PSEUDONYMOUS,
    PERSONAL,
    SENSITIVE
}
