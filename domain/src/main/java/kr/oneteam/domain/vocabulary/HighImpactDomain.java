package kr.oneteam.domain.vocabulary;

/** High-impact domains of the AI Basic Act §2 (고영향 인공지능). Labels: HighImpactDomain.* in labels.properties. */
public enum HighImpactDomain implements Labelled {
    NONE,
    ENERGY,
    WATER,
    HEALTHCARE,
    MEDICAL_DEVICE,
    NUCLEAR,
    BIOMETRIC,
    HIRING_LENDING,
    TRANSPORT,
    PUBLIC_SERVICE,
    EDUCATION,
    UNKNOWN
}
