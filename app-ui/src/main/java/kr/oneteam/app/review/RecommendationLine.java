package kr.oneteam.app.review;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.i18n.UiLocales;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;

/**
 * One recommendation as the officer reads it: programme, eligibility, score, allocation, every reason with
 * its rule id (in Korean, and in English where the ruleset that made it says so), flags, the ruleset version
 * that produced it, and the officer's decision once made.
 */
public record RecommendationLine(long id, String programme, String nameKo, String nameEn, Eligibility eligibility,
                                 int score, Allocation allocation, List<Reason> reasons, List<Flag> flags,
                                 Long rulesetVersionId, String rulesetLabel, DecisionOutcome outcome,
                                 String decidedBy, Instant decidedAt, String comment, boolean override) {

    public static final String BACKLOG = "BACKLOG";

    /** A rule's reason: the Korean the rule wrote, and the ruleset's English for it (null when it has none). */
    public record Reason(String rule, String text, String english) {

        /** In the user's language; Korean where the ruleset has no English for it. */
        public String text(Locale locale) {
            return UiLocales.isEnglish(locale) && english != null ? english : text;
        }
    }

    /** A flag (법적 검토 사항…) in Korean, with the ruleset's English where it has one. */
    public record Flag(String text, String english) {

        public String text(Locale locale) {
            return UiLocales.isEnglish(locale) && english != null ? english : text;
        }
    }

    /**
     * GPUs for months (P01, P02, with a self-pay share for P02) or won (P07, P08); null parts are absent. The
     * self-pay share is a decimal percentage (2.5 for a youth-founded startup, POLICY.md §4).
     */
    public record Allocation(Integer gpus, Integer months, java.math.BigDecimal selfPayPercent, Long krw) {
    }

    public String programmeName(Locale locale) {
        return UiLocales.isEnglish(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : nameKo;
    }

    public boolean isBacklog() {
        return BACKLOG.equals(programme);
    }

    public boolean isDecided() {
        return outcome != null;
    }

    /** INELIGIBLE recommendations explain why not; they are not offers an officer accepts (override first). */
    public boolean isDecidable() {
        return eligibility != Eligibility.INELIGIBLE;
    }

    /** The group the detail view puts it in: ELIGIBLE, CONDITIONAL, INELIGIBLE or BACKLOG. */
    public String group() {
        return isBacklog() ? BACKLOG : eligibility.name();
    }
}
