package kr.oneteam.domain.proposal;

import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/** Re-routing that changes no outcome only re-stamps the version; any difference needs a real replacement. */
class ReroutedUnchangedTest {

    private final RulesetVersion first = Fixtures.ruleset("first");
    private final RulesetVersion second = Fixtures.ruleset("second");

    private Proposal routed() {
        Proposal p = Fixtures.minimal(Fixtures.company("재라우팅"), "RR-1").build(CLOCK);
        p.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.p06()), first);
        return p;
    }

    @Test
    void the_same_outcome_keeps_the_recommendations_and_names_the_new_version() {
        Proposal p = routed();
        List<Recommendation> before = p.getRecommendations();

        assertThat(p.reroutedUnchanged(List.of(Fixtures.p01(16, 4), Fixtures.p06()), second)).isTrue();

        assertThat(p.getRecommendations()).containsExactlyElementsOf(before);
        assertThat(p.getRulesetHash()).isEqualTo(second.getContentHash());
        assertThat(p.getRecommendations()).allSatisfy(r -> assertThat(r.getRulesetHash()).isEqualTo(second.getContentHash()));
    }

    @Test
    void another_allocation_another_order_or_a_missing_programme_is_not_the_same_outcome() {
        assertThat(routed().reroutedUnchanged(List.of(Fixtures.p01(8, 4), Fixtures.p06()), second)).isFalse();
        assertThat(routed().reroutedUnchanged(List.of(Fixtures.p06(), Fixtures.p01(16, 4)), second)).isFalse();
        assertThat(routed().reroutedUnchanged(List.of(Fixtures.p01(16, 4)), second)).isFalse();
        Proposal failed = routed();
        failed.routingFailed("R-TST-01: boom", first);
        assertThat(failed.reroutedUnchanged(List.of(), second)).isFalse();
        Proposal unchangedOnFalse = routed();
        unchangedOnFalse.reroutedUnchanged(List.of(Fixtures.p06()), second);
        assertThat(unchangedOnFalse.getRulesetHash()).isEqualTo(first.getContentHash());
    }
}
