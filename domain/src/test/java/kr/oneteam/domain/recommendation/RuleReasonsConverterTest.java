package kr.oneteam.domain.recommendation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleReasonsConverterTest {

    private final RuleReasonsConverter converter = new RuleReasonsConverter();

    @Test
    void reasons_with_any_text_survive_the_column_in_order() {
        List<RuleReason> reasons = List.of(new RuleReason("R-BKL-01", "정책과제 이관: 규제\r\n둘째 줄"),
                new RuleReason("R-SCR-02", "역슬래시 \\n 는 글자 그대로"), new RuleReason("R-CMP-01", "끝"));
        String column = converter.convertToDatabaseColumn(reasons);
        assertThat(column).doesNotContain("\r").contains("R-BKL-01");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(reasons);
    }

    @Test
    void no_reasons_are_null_and_null_reads_as_none() {
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void reasons_longer_than_the_column_are_refused_with_their_size() {
        List<RuleReason> many = java.util.stream.IntStream.range(0, 1100)
                .mapToObj(i -> new RuleReason("R-X-" + i, "가".repeat(RuleReason.TEXT_MAX))).toList();
        assertThatThrownBy(() -> converter.convertToDatabaseColumn(many))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1100 reasons");
    }

    @Test
    void a_column_that_is_not_rule_and_text_pairs_is_a_defect_not_a_silent_loss() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("R-1\n이유\nR-2"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("odd number");
    }
}
