package kr.oneteam.domain.vocabulary;

/** How a programme fits a proposal (POLICY.md). Declared strongest first. Labels: Eligibility.* in labels.properties. */
public enum Eligibility implements Labelled {
    ELIGIBLE,
    CONDITIONAL,
    INELIGIBLE;

    /** The stronger of two eligibilities: ELIGIBLE over CONDITIONAL over INELIGIBLE (POLICY.md). */
    public Eligibility strongest(Eligibility other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
