package kr.oneteam.domain.vocabulary;

/** Domains of requested data. Labels: DataDomain.* in labels.properties. */
public enum DataDomain implements Labelled {
    MEDICAL,
    FINANCE,
    PUBLIC_ADMIN,
    TELECOM,
    TRANSPORT,
    ENERGY,
    CCTV,
    COPYRIGHT,
    MANUFACTURING,
    LEGAL
}
