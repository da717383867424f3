package kr.oneteam.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Percentages as officers read them: the exact decimal of POLICY.md §4, never rounded, never "10.0%". */
class FormatsTest {

    @Test
    void a_self_pay_share_shows_as_its_exact_decimal() {
        assertThat(Formats.percent(new BigDecimal("2.5"))).isEqualTo("2.5%");
        assertThat(Formats.percent(new BigDecimal("2.50"))).isEqualTo("2.5%");
        assertThat(Formats.percent(new BigDecimal("10.00"))).isEqualTo("10%");
        assertThat(Formats.percent(new BigDecimal("1E+1"))).isEqualTo("10%");
        assertThat(Formats.percent(BigDecimal.ZERO.setScale(2))).isEqualTo("0%");
        assertThat(Formats.percent(null)).isEmpty();
    }
}
