package kr.oneteam.domain.vocabulary;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static kr.oneteam.domain.vocabulary.Eligibility.CONDITIONAL;
import static kr.oneteam.domain.vocabulary.Eligibility.ELIGIBLE;
import static kr.oneteam.domain.vocabulary.Eligibility.INELIGIBLE;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    @Test
    void eligible_beats_conditional_beats_ineligible_in_either_order() {
        assertThat(ELIGIBLE.strongest(CONDITIONAL)).isEqualTo(ELIGIBLE);
        assertThat(CONDITIONAL.strongest(ELIGIBLE)).isEqualTo(ELIGIBLE);
        assertThat(CONDITIONAL.strongest(INELIGIBLE)).isEqualTo(CONDITIONAL);
        assertThat(INELIGIBLE.strongest(CONDITIONAL)).isEqualTo(CONDITIONAL);
        assertThat(INELIGIBLE.strongest(INELIGIBLE)).isEqualTo(INELIGIBLE);
        assertThat(INELIGIBLE.strongest(null)).isEqualTo(INELIGIBLE);
    }

    @Test
    void labels_are_korean_by_default_and_english_on_request() {
        assertThat(ELIGIBLE.korean()).isEqualTo("적격");
        assertThat(ELIGIBLE.label(Locale.ENGLISH)).isNotEqualTo("적격").isNotBlank();
    }
}
