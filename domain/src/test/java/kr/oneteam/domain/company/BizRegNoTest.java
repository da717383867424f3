package kr.oneteam.domain.company;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BizRegNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62517", "124-81-00998", "000-00-00000", "101-81-00016", "120-81-47797"})
    void numbers_whose_check_digit_holds_are_accepted(String number) {
        assertThat(BizRegNo.parse(number).value()).isEqualTo(number);
        assertThat(BizRegNo.isValid(number)).isTrue();
    }

    @Test
    void a_wrong_check_digit_is_refused_with_the_expected_digit_named() {
        assertThatThrownBy(() -> BizRegNo.parse("220-81-62518"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit")
                .hasMessageContaining("expected 7");
        assertThat(BizRegNo.isValid("124-81-00990")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2208162517", "220-8-162517", "220-81-6251", "abc-de-fghij", "220–81–62517", "220-81-625177"})
    void text_that_is_not_NNN_NN_NNNNN_is_refused_naming_the_format(String text) {
        assertThatThrownBy(() -> BizRegNo.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NNN-NN-NNNNN");
    }

    @Test
    void a_missing_number_is_refused_as_missing() {
        assertThatThrownBy(() -> BizRegNo.parse(" ")).hasMessageContaining("missing");
        assertThatThrownBy(() -> BizRegNo.parse(null)).hasMessageContaining("missing");
        assertThat(BizRegNo.isValid(null)).isFalse();
    }

    @Test
    void surrounding_spaces_are_ignored_and_equal_numbers_are_equal() {
        assertThat(BizRegNo.parse(" 220-81-62517 ")).isEqualTo(BizRegNo.parse("220-81-62517"));
    }

    @Test
    void the_ninth_digit_counts_with_weight_five_and_its_carry() {
        // 9th digit 9: 9×5 = 45 → 45 plus the carry 4; a check that ignored the carry would expect 2, not 8.
        assertThat(BizRegNo.isValid("124-81-00998")).isTrue();
        assertThat(BizRegNo.isValid("124-81-00992")).isFalse();
    }
}
