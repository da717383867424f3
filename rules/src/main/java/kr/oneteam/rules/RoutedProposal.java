package kr.oneteam.rules;

import java.util.List;
import java.util.Optional;

/** The outcome of routing one proposal with one ruleset version (identified by its content hash). */
public record RoutedProposal(long proposalId, String rulesetHash, List<RoutedRecommendation> recommendations) {

    public RoutedProposal {
        recommendations = List.copyOf(recommendations);
    }

    public Optional<RoutedRecommendation> recommendation(String programme) {
        return recommendations.stream().filter(r -> r.programme().equals(programme)).findFirst();
    }
}
