package kr.oneteam.app.impact;

import kr.oneteam.domain.vocabulary.Eligibility;

/** How many simulated proposals got a programme with each eligibility. */
public record EligibilityCounts(long eligible, long conditional, long ineligible) {

    public static final EligibilityCounts ZERO = new EligibilityCounts(0, 0, 0);

    public long of(Eligibility eligibility) {
        return switch (eligibility) {
            case ELIGIBLE -> eligible;
            case CONDITIONAL -> conditional;
            case INELIGIBLE -> ineligible;
        };
    }

    public long total() {
        return eligible + conditional + ineligible;
    }
}
