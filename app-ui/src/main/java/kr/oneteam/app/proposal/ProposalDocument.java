package kr.oneteam.app.proposal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * {@code GET /api/proposals/{id}}: the proposal as submitted (its form, written member by member at the top level, so
 * a field of the contract is in the answer with no line here — decision 061), its status, ruleset and
 * recommendations; {@code routingFailure} names the rule that failed on it when the rules could not route it
 * (미분류), else null.
 */
public record ProposalDocument(long id, String status, @JsonUnwrapped ProposalForm proposal, RulesetRef ruleset,
                               String routingFailure, List<RecommendationView> recommendations) {

    public static ProposalDocument of(long id, String status, ProposalForm f, RulesetRef ruleset, String routingFailure,
                           List<RecommendationView> recommendations) {
        return new ProposalDocument(id, status, f, ruleset, routingFailure, recommendations);
    }

    /** The stored ruleset version that made the recommendations. */
    public record RulesetRef(Long id, String hash) {
    }
}
