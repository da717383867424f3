package kr.oneteam.rules;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of routing one proposal with one ruleset version (identified by its content hash): its
 * recommendations, or — when a rule failed on it — no recommendation and the {@link RoutingFailure}.
 */
public record RoutedProposal(long proposalId, String rulesetHash, List<RoutedRecommendation> recommendations,
        RoutingFailure failure) {

    public RoutedProposal {
        recommendations = List.copyOf(recommendations);
        if (failure != null && !recommendations.isEmpty()) {
            throw new IllegalArgumentException("a failed routing has no recommendations");
        }
    }

    public RoutedProposal(long proposalId, String rulesetHash, List<RoutedRecommendation> recommendations) {
        this(proposalId, rulesetHash, recommendations, null);
    }

    static RoutedProposal failed(long proposalId, String rulesetHash, RoutingFailure failure) {
        return new RoutedProposal(proposalId, rulesetHash, List.of(), failure);
    }

    /** True when a rule failed on this proposal; then {@link #failure()} says which and why. */
    public boolean failed() {
        return failure != null;
    }

    public Optional<RoutedRecommendation> recommendation(String programme) {
        return recommendations.stream().filter(r -> r.programme().equals(programme)).findFirst();
    }
}
