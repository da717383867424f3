package kr.oneteam.app.impact;

import kr.oneteam.domain.programme.CapacityUnit;

/**
 * One programme before → after: its recommendations by eligibility over every simulated proposal, and the
 * capacity demand — GPUs or KRW of its ELIGIBLE recommendations to open proposals without an officer decision
 * (decided ones have reserved theirs already, which {@code remaining} accounts for) — against what remains.
 * {@code remaining} is null when the programme has no cap or counts nothing.
 */
public record ProgrammeImpact(String code, String nameKo, String nameEn, EligibilityCounts before, EligibilityCounts after,
                              CapacityUnit unit, Long remaining, long demandBefore, long demandAfter) {

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public boolean exceededBefore() {
        return remaining != null && demandBefore > remaining;
    }

    /** The draft's eligible demand would exceed what remains: the line that stands out. */
    public boolean exceededAfter() {
        return remaining != null && demandAfter > remaining;
    }

    public boolean changed() {
        return !before.equals(after) || demandBefore != demandAfter;
    }
}
