package kr.oneteam.domain.vocabulary;

/** What a proposal asks for; each is served by some programmes (POLICY.md R-BKL-01). Labels: Category.* in labels.properties. */
public enum Category implements Labelled {
    COMPUTE,
    DATA,
    REGULATION,
    PUBLIC_DEMAND,
    GLOBAL,
    RND_FUNDING,
    AI_ADOPTION,
    POWER_SITE,
    SPECTRUM,
    TALENT,
    ECOSYSTEM,
    TAX
}
