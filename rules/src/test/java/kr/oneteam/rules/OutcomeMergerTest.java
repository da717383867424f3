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

    /**
     * The merge was rewritten for speed (decision record 042): on 20,000 random lists of outcomes — several programmes,
     * repeated and equal reasons, exclusions, notes, both kinds of flags and bonuses, grants of several rules, in
     * random order — it answers exactly as the plain form it replaced ({@link ReferenceMerger}).
     */
    @Test
    void the_fast_merge_equals_the_reference_merge_on_random_outcomes() {
        java.util.Random random = new java.util.Random(7);
        String[] programmes = {"P01", "P02", "P09", "P11", "P13", "BACKLOG"};
        String[] rules = {"R-CMP-01", "R-CMP-02", "R-DAT-01", "R-SPC-01", "R-BKL-01", "R-LAW-01"};
        String[] texts = {"가", "나", "다"};
        Eligibility[] eligibilities = Eligibility.values();
        int differentProgrammes = 0;
        for (int round = 0; round < 20_000; round++) {
            List<Outcome> outcomes = new java.util.ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                String programme = programmes[random.nextInt(programmes.length)];
                String rule = rules[random.nextInt(rules.length)];
                String text = texts[random.nextInt(texts.length)];
                outcomes.add(switch (random.nextInt(9)) {
                    case 0, 1, 2 -> new Contribution(7, programme, eligibilities[random.nextInt(3)], rule, text);
                    case 3 -> new Exclusion(7, programme, rule, text);
                    case 4 -> new Note(7, programme, rule, text);
                    case 5 -> random.nextBoolean() ? new Flag(7, programme, rule, text) : Flag.onProposal(7, rule, text);
                    case 6 -> random.nextBoolean() ? new ScoreBonus(7, programme, rule, random.nextInt(30) - 5)
                            : ScoreBonus.onProposal(7, rule, random.nextInt(60));
                    case 7 -> Grant.gpus(7, programme, rule, random.nextInt(64), random.nextInt(12),
                            random.nextBoolean() ? null : new java.math.BigDecimal("2.5"));
                    default -> Grant.krw(7, programme, rule, random.nextInt(1_000_000));
                });
            }
            RoutedProposal fast = OutcomeMerger.merge(7, "sha256:x", outcomes);
            assertThat(fast).as("outcomes %s", outcomes).isEqualTo(ReferenceMerger.merge(7, "sha256:x", outcomes));
            differentProgrammes += fast.recommendations().size() > 1 ? 1 : 0;
        }
        assertThat(differentProgrammes).as("lists that merge into several recommendations").isGreaterThan(5_000);
    }
}
