package kr.oneteam.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The reasons file's format: Korean pattern => English, placeholders carried over, bad entries named. */
class ReasonBookTest {

    private static final UnaryOperator<String> SAME = UnaryOperator.identity();

    @Test
    void placeholders_carry_what_the_rule_filled_in_into_the_english() {
        ReasonBook book = ReasonBook.parse("R-CMP-02 = GPU {0}장 요청 — 첨단 GPU 확보·배분 (자부담 {1}%) => {0} GPUs ({1}% self-pay)");

        assertThat(book.english("R-CMP-02", "GPU 64장 요청 — 첨단 GPU 확보·배분 (자부담 2.5%)", SAME))
                .isEqualTo("64 GPUs (2.5% self-pay)");
        assertThat(book.english("R-CMP-02", "전혀 다른 문장", SAME)).isNull();
        assertThat(book.english("R-CMP-01", "GPU 64장 요청 — 첨단 GPU 확보·배분 (자부담 2.5%)", SAME)).isNull();
    }

    @Test
    void a_variant_that_matches_wins_over_the_rules_catch_all_english() {
        ReasonBook book = ReasonBook.parse("""
                R-REG-01 = Regulatory sandbox
                R-REG-01.rapid = 규제샌드박스 신속확인 — 30일 이내 회신 => Rapid confirmation within 30 days
                """);

        assertThat(book.english("R-REG-01", "규제샌드박스 신속확인 — 30일 이내 회신", SAME))
                .isEqualTo("Rapid confirmation within 30 days");
        assertThat(book.english("R-REG-01", "규제샌드박스 임시허가", SAME)).isEqualTo("Regulatory sandbox");
    }

    @Test
    void captured_korean_words_are_translated_by_the_vocabulary() {
        ReasonBook book = ReasonBook.parse("R-BKL-01 = 정책과제 이관: {0} => Moved to the policy backlog: {0}");

        assertThat(book.english("R-BKL-01", "정책과제 이관: 세제", EnglishReasons::word))
                .isEqualTo("Moved to the policy backlog: Tax");
    }

    @Test
    void entries_that_cannot_serve_are_named_and_left_out_and_the_rest_still_serve() {
        ReasonBook book = ReasonBook.parse("""
                not-a-rule = whatever
                R-CMP-01 = 요청 => {1} GPUs
                R-CMP-03 = {0} GPUs
                R-AX-01 = 실증 => Demonstration
                """);

        assertThat(book.problems()).hasSize(3).anyMatch(p -> p.contains("not-a-rule"))
                .anyMatch(p -> p.contains("R-CMP-01") && p.contains("{1}")).anyMatch(p -> p.contains("R-CMP-03"));
        assertThat(book.ruleIds()).containsExactly("R-AX-01");
        assertThat(book.english("R-AX-01", "실증", SAME)).isEqualTo("Demonstration");
    }

    @Test
    void flags_are_found_by_their_korean_text_alone() {
        ReasonBook book = ReasonBook.parse("R-LAW-02 = AI기본법 §31 사전고지·생성물 표시 => AI Basic Act §31");

        assertThat(book.englishFlag("AI기본법 §31 사전고지·생성물 표시", SAME)).isEqualTo("AI Basic Act §31");
        assertThat(book.englishFlag("다른 플래그", SAME)).isNull();
    }
}
