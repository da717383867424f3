package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.rules.outcome.Contribution;
import kr.oneteam.rules.outcome.Exclusion;
import kr.oneteam.rules.outcome.Flag;
import kr.oneteam.rules.outcome.Grant;
import kr.oneteam.rules.outcome.Note;
import kr.oneteam.rules.outcome.Outcome;
import kr.oneteam.rules.outcome.ScoreBonus;
import org.junit.jupiter.api.Test;

/** The merge of POLICY.md §2, independent of any DRL. */
class OutcomeMergerTest {

    private static RoutedRecommendation only(List<Outcome> outcomes, String programme) {
        return OutcomeMerger.merge(7, "sha256:x", outcomes).recommendation(programme).orElseThrow();
    }

    @Test
    void strongest_eligibility_wins_and_every_reason_is_kept() {
        RoutedRecommendation p11 = only(List.of(
                new Contribution(7, "P11", Eligibility.CONDITIONAL, "R-REG-02", "특례 유형 확인 필요"),
                new Contribution(7, "P11", Eligibility.ELIGIBLE, "R-SPC-01", "전파"),
                ScoreBonus.onProposal(7, "R-SCR-01", 50)), "P11");

        assertThat(p11.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(p11.rules()).containsExactly("R-REG-02", "R-SPC-01");
        assertThat(p11.reasons()).extracting(Reason::text).containsExactly("특례 유형 확인 필요", "전파");
        assertThat(p11.score()).isEqualTo(50);
    }

    @Test
    void an_exclusion_makes_it_ineligible_with_score_zero_and_no_allocation_and_says_why_first() {
        RoutedRecommendation p01 = only(List.of(
                new Contribution(7, "P01", Eligibility.ELIGIBLE, "R-CMP-01", "소규모 GPU"),
                Grant.gpus(7, "P01", "R-CMP-01", 8, 4, null),
                new Exclusion(7, "P01", "R-CMP-X1", "공급사 제외"),
                ScoreBonus.onProposal(7, "R-SCR-01", 50)), "P01");

        assertThat(p01.eligibility()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(p01.score()).isZero();
        assertThat(p01.allocation()).isNull();
        assertThat(p01.reasons()).first().isEqualTo(new Reason("R-CMP-X1", "공급사 제외"));
    }

    @Test
    void score_is_clamped_to_0_and_100() {
        assertThat(only(List.of(new Contribution(7, "P13", Eligibility.ELIGIBLE, "R-GLB-01", "해외"),
                ScoreBonus.onProposal(7, "R-SCR-01", 95), new ScoreBonus(7, "P13", "R-GLB-01", 10)), "P13").score())
                .isEqualTo(100);
        assertThat(only(List.of(new Contribution(7, "P13", Eligibility.ELIGIBLE, "R-GLB-01", "해외"),
                ScoreBonus.onProposal(7, "R-SCR-01", -20)), "P13").score()).isZero();
    }

    @Test
    void whole_proposal_flags_go_on_every_recommendation_and_programme_flags_on_theirs() {
        RoutedProposal routed = OutcomeMerger.merge(7, "sha256:x", List.of(
                new Contribution(7, "P09", Eligibility.ELIGIBLE, "R-DAT-01", "안심구역"),
                new Flag(7, "P09", "R-DAT-01", "결합전문기관 경유 결합"),
                new Contribution(7, "BACKLOG", Eligibility.ELIGIBLE, "R-DAT-04", "가중치 반출"),
                Flag.onProposal(7, "R-DAT-04", "담당관 법률 검토 필요"),
                ScoreBonus.onProposal(7, "R-SCR-01", 50)));

        assertThat(routed.recommendation("P09").orElseThrow().flags())
                .containsExactly("결합전문기관 경유 결합", "담당관 법률 검토 필요");
        RoutedRecommendation backlog = routed.recommendation("BACKLOG").orElseThrow();
        assertThat(backlog.flags()).containsExactly("담당관 법률 검토 필요");
        assertThat(backlog.score()).isZero();
        assertThat(routed.recommendations()).extracting(RoutedRecommendation::programme).containsExactly("P09", "BACKLOG");
    }

    @Test
    void outcomes_without_a_contribution_make_no_recommendation() {
        RoutedProposal routed = OutcomeMerger.merge(7, "sha256:x", List.of(
                new Exclusion(7, "P02", "R-CMP-X1", "제외"), new Note(7, "P02", "R-CMP-02", "메모")));

        assertThat(routed.recommendations()).isEmpty();
    }
}
