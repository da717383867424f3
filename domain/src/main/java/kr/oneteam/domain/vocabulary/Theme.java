package kr.oneteam.domain.vocabulary;

/** Policy themes a proposal touches. Labels: Theme.* in labels.properties. */
public enum Theme implements Labelled {
    SOVEREIGN_AI,
    FOUNDATION_MODEL,
    AGENTIC_AI,
    AX,
    INFERENCE,
    DOMESTIC_NPU,
    MEDICAL_AI,
    PUBLIC_AI
}
