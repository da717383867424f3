package kr.oneteam.rules;

import java.util.List;
import java.util.Objects;
import kr.oneteam.domain.vocabulary.Eligibility;

/**
 * One programme for one proposal, merged from every rule that contributed to it (POLICY.md §2):
 * the rule ids, one reason per contribution, flags, a score 0–100 and an allocation (null when the
 * programme allocates nothing, and always null for INELIGIBLE and BACKLOG).
 */
public record RoutedRecommendation(String programme, Eligibility eligibility, int score, List<String> rules,
        List<Reason> reasons, List<String> flags, Allocation allocation) {

    public RoutedRecommendation {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(eligibility, "eligibility");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0–100: " + score);
        }
        rules = List.copyOf(rules);
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
    }
}
