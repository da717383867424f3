package kr.oneteam.domain.vocabulary;

/** What is taken out of a data safe zone. Labels: ExportArtifact.* in labels.properties. */
public enum ExportArtifact implements Labelled {
    RESULTS,
    STATISTICS,
    MODEL_WEIGHTS,
    RAW
}
