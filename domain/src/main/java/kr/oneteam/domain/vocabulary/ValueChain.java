package kr.oneteam.domain.vocabulary;

/** Where in the AI value chain a company works. Labels: ValueChain.* in labels.properties. */
public enum ValueChain implements Labelled {
    FOUNDATION_MODEL,
    AI_SERVICE,
    AI_CHIP,
    CLOUD,
    TELECOM,
    DATA,
    SI,
    MEDICAL_AI
}
