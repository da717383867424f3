package kr.oneteam.domain.vocabulary;

/** Spectrum a proposal needs. Labels: Spectrum.* in labels.properties. */
public enum Spectrum implements Labelled {
    EUM5G_4_7,
    EUM5G_28,
    EXPERIMENTAL,
    TVWS,
    NONE
}
