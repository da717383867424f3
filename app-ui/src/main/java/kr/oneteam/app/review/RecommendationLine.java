package kr.oneteam.app.review;

import java.time.Instant;
import java.util.List;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;

/**
 * One recommendation as the officer reads it: programme, eligibility, score, allocation, every reason with
 * its rule id, flags, the ruleset version that produced it, and the officer's decision once made.
 */
public record RecommendationLine(long id, String programme, String nameKo, String nameEn, Eligibility eligibility,
                                 int score, Allocation allocation, List<Reason> reasons, List<String> flags,
                                 String rulesetVersion, DecisionOutcome outcome, String decidedBy,
                                 Instant decidedAt, String comment, boolean override) {

    public static final String BACKLOG = "BACKLOG";

    public record Reason(String rule, String text) {
    }

    /**
     * GPUs for months (P01, P02, with a self-pay share for P02) or won (P07, P08); null parts are absent. The
     * self-pay share is a decimal percentage (2.5 for a youth-founded startup, POLICY.md §4).
     */
    public record Allocation(Integer gpus, Integer months, java.math.BigDecimal selfPayPercent, Long krw) {
    }

    public String programmeName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public boolean isBacklog() {
        return BACKLOG.equals(programme);
    }

    public boolean isDecided() {
        return outcome != null;
    }

    /** The group the detail view puts it in: ELIGIBLE, CONDITIONAL, INELIGIBLE or BACKLOG. */
    public String group() {
        return isBacklog() ? BACKLOG : eligibility.name();
    }
}
