package kr.oneteam.domain.vocabulary;

/** Size class of a company or institution. Labels: SizeClass.* in labels.properties. */
public enum SizeClass implements Labelled {
    LARGE,
    MIDSIZE,
    SME,
    SMALL_BUSINESS,
    PUBLIC,
    UNIVERSITY,
    RESEARCH,
    HOSPITAL;

    /** "SME-like" in POLICY.md: SME or SMALL_BUSINESS (AI기본법 §17 중소기업 우대의 대상). */
    public boolean isSmeLike() {
        return this == SME || this == SMALL_BUSINESS;
    }
}
