package kr.oneteam.domain.vocabulary;

/** ICT regulatory sandbox tracks. Labels: SandboxTrack.* in labels.properties. */
public enum SandboxTrack implements Labelled {
    RAPID_CONFIRMATION,
    DEMONSTRATION,
    TEMPORARY_PERMIT,
    PLANNED,
    NONE
}
