package kr.oneteam.domain.recommendation;

import kr.oneteam.domain.programme.CapacityClaim;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.review.IllegalTransitionException;
import kr.oneteam.domain.support.Fixtures;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationTest {

    private static final ProgrammeCode P01 = ProgrammeCode.of("P01");
    private static final ProgrammeCode P02 = ProgrammeCode.of("P02");
    private static final ProgrammeCode P04 = ProgrammeCode.of("P04");
    private static final ProgrammeCode P07 = ProgrammeCode.of("P07");

    private static Proposal routed(Recommendation... recs) {
        Proposal p = Fixtures.minimal(Fixtures.company("추천"), "REC-1").build(CLOCK);
        p.replaceRecommendations(List.of(recs), null);
        return p;
    }

    private static Programme programme(String code, CapacityUnit unit, Long capacity) {
        return new Programme(ProgrammeCode.of(code), "사업 " + code, "Programme " + code, "MSIT", "지원", unit, capacity);
    }

    @Test
    void declining_without_a_comment_is_refused_naming_the_comment() {
        Proposal p = routed(Fixtures.p06());
        Recommendation rec = p.getRecommendations().get(0);
        assertThatThrownBy(() -> rec.decline("officer", "  ", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThat(rec.isDecided()).isFalse();
    }

    @Test
    void a_decision_records_outcome_officer_time_and_comment() {
        Proposal p = routed(Fixtures.p06());
        Recommendation rec = p.getRecommendations().get(0);
        rec.decline("officer-kim", "요건 미충족", CLOCK);
        Decision d = rec.getDecision().orElseThrow();
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.DECLINED);
        assertThat(d.by()).isEqualTo("officer-kim");
        assertThat(d.at().toInstant()).isEqualTo(CLOCK.instant());
        assertThat(d.comment()).isEqualTo("요건 미충족");
    }

    @Test
    void accepting_a_gpu_programme_claims_its_gpus_and_a_krw_programme_its_won() {
        Recommendation p01 = routed(Fixtures.p01(16, 4)).getRecommendations().get(0);
        assertThat(p01.claimOn(programme("P01", CapacityUnit.GPU, 1060L)))
                .isEqualTo(new CapacityClaim(P01, CapacityUnit.GPU, 16));
        Recommendation p02 = routed(Fixtures.p02(64, 12, "10")).getRecommendations().get(0);
        assertThat(p02.claimOn(programme("P02", CapacityUnit.GPU, 4000L)).amount()).isEqualTo(64);
        Recommendation p07 = routed(Fixtures.p07(60_000_000L)).getRecommendations().get(0);
        assertThat(p07.claimOn(programme("P07", CapacityUnit.KRW, 27_000_000_000L)))
                .isEqualTo(new CapacityClaim(P07, CapacityUnit.KRW, 60_000_000L));
        Recommendation p06 = routed(Fixtures.p06()).getRecommendations().get(0);
        assertThat(p06.claimOn(programme("P06", CapacityUnit.NONE, null)).isEmpty()).isTrue();
        assertThatThrownBy(() -> p06.claimOn(programme("P07", CapacityUnit.KRW, null)))
                .hasMessageContaining("P07");
    }

    @Test
    void declining_or_reopening_an_accepted_recommendation_gives_back_exactly_what_was_reserved() {
        Proposal p = routed(Fixtures.p01(16, 4), Fixtures.p07(60_000_000L));
        Recommendation p01 = p.recommendationFor(P01).orElseThrow();
        Recommendation p07 = p.recommendationFor(P07).orElseThrow();
        p01.accept("officer", null, CLOCK, new CapacityClaim(P01, CapacityUnit.GPU, 16));
        p07.accept("officer", null, CLOCK, new CapacityClaim(P07, CapacityUnit.KRW, 60_000_000L));
        assertThat(p01.decline("officer", "중복", CLOCK)).isEqualTo(new CapacityClaim(P01, CapacityUnit.GPU, 16));
        assertThat(p01.getReservedAmount()).isZero();
        assertThat(p07.reopen()).isEqualTo(new CapacityClaim(P07, CapacityUnit.KRW, 60_000_000L));
        assertThat(p01.reopen().isEmpty()).isTrue();   // a declined one reserved nothing
    }

    @Test
    void the_same_decision_twice_is_refused_so_capacity_is_not_reserved_twice() {
        Proposal p = routed(Fixtures.p06());
        Recommendation rec = p.getRecommendations().get(0);
        rec.accept("officer", null, CLOCK);
        assertThatThrownBy(() -> rec.accept("officer", null, CLOCK))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ACCEPTED");
        rec.decline("officer", "재검토 결과 제외", CLOCK);
        assertThatThrownBy(() -> rec.decline("officer", "다시", CLOCK))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DECLINED");
    }

    @Test
    void an_ineligible_recommendation_cannot_be_accepted_but_can_be_overridden() {
        Proposal p = routed(Fixtures.p04Ineligible());
        Recommendation p04 = p.recommendationFor(P04).orElseThrow();
        assertThatThrownBy(() -> p04.accept("officer", null, CLOCK))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("INELIGIBLE");
        Recommendation overridden = p.addOverride(P04, "독자 모델로 확인됨", "officer", List.of("R-CMP-04"), CLOCK);
        assertThat(overridden).isSameAs(p04);
        assertThat(p04.getEligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(p04.isOverride()).isTrue();
        assertThat(p04.getOverriddenRules()).containsExactly("R-CMP-04");
        assertThat(p04.getRuleIds()).containsExactly("R-CMP-04", Recommendation.OVERRIDE_RULE);
        p04.accept("officer", "재지정", CLOCK);
        assertThat(p.getStatus().name()).isEqualTo("DECIDED");
    }

    @Test
    void an_officer_adds_a_programme_the_rules_did_not_propose_and_it_survives_rerouting() {
        Proposal p = routed(Fixtures.p06());
        Recommendation added = p.addOverride(P02, "대규모 학습 필요 확인", "officer-lee", List.of("R-CMP-01"), CLOCK);
        assertThat(added.isOverride()).isTrue();
        assertThat(added.getReasons()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("대규모 학습 필요 확인"));
        assertThat(added.getOverrideBy()).isEqualTo("officer-lee");
        assertThat(p.getEligibleCount()).isEqualTo(2);

        p.replaceRecommendations(List.of(Fixtures.p01(8, 2), Fixtures.p02(17, 3, "5")), Fixtures.ruleset("v2"));
        assertThat(p.getRecommendations()).extracting(r -> r.getProgramme().value()).containsExactly("P01", "P02");
        assertThat(p.recommendationFor(P02).orElseThrow().isOverride()).isTrue();
    }

    @Test
    void adding_a_programme_that_is_already_recommended_is_refused() {
        Proposal p = routed(Fixtures.p06());
        assertThatThrownBy(() -> p.addOverride(ProgrammeCode.of("P06"), "이유", "officer", List.of(), CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recommended");
        assertThatThrownBy(() -> p.addOverride(P02, " ", "officer", List.of(), CLOCK))
                .hasMessageContaining("override reason");
    }

    @Test
    void the_queue_columns_follow_the_best_recommendation() {
        Proposal p = routed(Fixtures.p01(16, 4), Fixtures.p02(64, 12, "10"), Fixtures.p04Ineligible(), Fixtures.backlog());
        assertThat(p.getTopProgramme()).isEqualTo(P02);
        assertThat(p.getTopScore()).isEqualTo(70);
        assertThat(p.getEligibleCount()).isEqualTo(2);
        assertThat(p.getProgrammeCodes()).extracting(ProgrammeCode::value).containsExactly("P01", "P02", "BACKLOG");
        Proposal backlogOnly = routed(Fixtures.backlog());
        assertThat(backlogOnly.getTopProgramme()).isEqualTo(ProgrammeCode.BACKLOG);
        assertThat(backlogOnly.getEligibleCount()).isZero();
    }

    @Test
    void a_recommendation_must_name_its_rules_and_keep_its_score_within_0_to_100() {
        assertThatThrownBy(() -> new Recommendation(P01, Eligibility.ELIGIBLE, 50, null, List.of(), List.of(), List.of()))
                .hasMessageContaining("names no rule");
        assertThatThrownBy(() -> new Recommendation(P01, Eligibility.ELIGIBLE, 50, null, List.of("R-CMP-01"),
                List.of(new RuleReason("R-CMP-02", "다른 규칙")), List.of())).hasMessageContaining("R-CMP-02");
        assertThatThrownBy(() -> new Recommendation(P01, Eligibility.ELIGIBLE, 101, null, List.of("R-CMP-01"),
                List.of(), List.of())).hasMessageContaining("0–100");
        assertThatThrownBy(() -> new RuleReason(" ", "이유")).hasMessageContaining("id of its rule");
    }

    @Test
    void two_recommendations_for_one_programme_are_refused() {
        Proposal p = Fixtures.minimal(Fixtures.company("중복"), "DUP-1").build(CLOCK);
        assertThatThrownBy(() -> p.replaceRecommendations(List.of(Fixtures.p06(), Fixtures.p06()), null))
                .hasMessageContaining("at most one per programme");
    }
}
