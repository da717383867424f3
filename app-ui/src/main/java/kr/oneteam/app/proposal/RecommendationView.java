package kr.oneteam.app.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Decision;
import kr.oneteam.domain.recommendation.Recommendation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One recommendation as INTAKE.md shows it. */
public record RecommendationView(String programme, String eligibility, int score, List<String> rules,
                                 List<ReasonView> reasons, List<String> flags, AllocationView allocation,
                                 DecisionView decision) {

    public static RecommendationView of(Recommendation r) {
        return new RecommendationView(r.getProgramme().value(), r.getEligibility().name(), r.getScore(),
                r.getRuleIds(), r.getReasons().stream().map(x -> new ReasonView(x.rule(), x.text())).toList(),
                r.getFlags(), r.getAllocation().map(AllocationView::of).orElse(null),
                r.getDecision().map(DecisionView::of).orElse(null));
    }

    /** What the rules would recommend, not stored (preview): no decision yet. */
    public static RecommendationView of(kr.oneteam.rules.RoutedRecommendation r) {
        var a = r.allocation();
        AllocationView allocation = a == null || (a.gpus() == null && a.months() == null && a.selfPayPercent() == null
                && a.krw() == null) ? null : new AllocationView(a.gpus(), a.months(),
                a.selfPayPercent(), a.krw());
        return new RecommendationView(r.programme(), r.eligibility().name(), r.score(), r.rules(),
                r.reasons().stream().map(x -> new ReasonView(x.rule(), x.text())).toList(), r.flags(), allocation, null);
    }

    public record ReasonView(String rule, String text) {
    }

    /** Only the fields the programme allocates: {gpus, months} for P01, plus selfPayPercent for P02, {krw}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllocationView(Integer gpus, Integer months, BigDecimal selfPayPercent, Long krw) {

        static AllocationView of(Allocation a) {
            return new AllocationView(a.gpus(), a.months(), a.selfPayPercent(), a.krw());
        }
    }

    public record DecisionView(String outcome, String by, OffsetDateTime at, String comment) {

        static DecisionView of(Decision d) {
            return new DecisionView(d.outcome().name(), d.by(), d.at(), d.comment());
        }
    }
}
