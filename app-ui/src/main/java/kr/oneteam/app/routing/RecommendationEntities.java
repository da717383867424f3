package kr.oneteam.app.routing;

import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;

import java.util.List;

/** Turns what the engine recommends into recommendation entities. */
final class RecommendationEntities {

    private RecommendationEntities() {
    }

    /** Puts what the engine made of {@code proposal} into it: its recommendations, or why the rules failed on it. */
    static void apply(RoutedProposal routed, kr.oneteam.domain.proposal.Proposal proposal,
                      kr.oneteam.domain.ruleset.RulesetVersion version) {
        if (routed.failed()) {
            proposal.routingFailed(routed.failure().toString(), version);
        } else {
            proposal.replaceRecommendations(of(routed), version);
        }
    }

    static List<Recommendation> of(RoutedProposal routed) {
        return routed.recommendations().stream().map(RecommendationEntities::of).toList();
    }

    private static Recommendation of(RoutedRecommendation r) {
        return new Recommendation(ProgrammeCode.of(r.programme()), r.eligibility(), r.score(), allocation(r),
                r.rules(), r.reasons().stream().map(reason -> new RuleReason(reason.rule(), reason.text())).toList(),
                r.flags());
    }

    private static Allocation allocation(RoutedRecommendation r) {
        var a = r.allocation();
        if (a == null || (a.gpus() == null && a.months() == null && a.selfPayPercent() == null && a.krw() == null)) {
            return null;
        }
        return new Allocation(a.gpus(), a.months(), a.selfPayPercent(), a.krw());
    }
}
