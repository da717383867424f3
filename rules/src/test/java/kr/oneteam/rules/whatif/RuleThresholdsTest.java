package kr.oneteam.rules.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import kr.oneteam.domain.vocabulary.Category;
import org.junit.jupiter.api.Test;

class RuleThresholdsTest {

    private static final String HEADER = """
            package kr.oneteam.rules.policy;
            import kr.oneteam.rules.fact.*;
            import kr.oneteam.rules.outcome.*;
            import kr.oneteam.domain.vocabulary.*;
            """;

    @Test
    void the_shipped_ruleset_compares_gpus_with_16_and_256_and_power_with_10_mw() {
        RuleThresholds t = RuleThresholds.read(DemoProposals.SHIPPED.files());

        assertThat(t.at("compute.quantity")).containsExactly(new BigDecimal("16"), new BigDecimal("256"));
        assertThat(t.at("infra.powerMw")).containsExactly(BigDecimal.TEN);
        // Consequence-only numbers (the 4-month trim of P01) are no condition: nothing for compute.months.
        assertThat(t.at("compute.months")).isEmpty();
        assertThat(t.servingProgrammes(Category.COMPUTE)).containsExactlyInAnyOrder("P01", "P02", "P04");
        assertThat(t.servingProgrammes(Category.TALENT)).isEmpty();
    }

    @Test
    void a_named_cap_of_a_declared_type_counts_like_a_literal() {
        String caps = HEADER + """
                declare Caps
                    p01MaxGpus : int = 16
                    p07MaxKrw : long = 200000000L
                    p12GridAssessmentMw : int = 10
                end
                rule "caps" when then insert(new Caps()); end
                """;
        String rules = HEADER + """
                rule "bound to a variable"
                when
                    Proposal($id : id, compute != null, compute.quantity <= $maxGpus)
                    Caps($maxGpus : p01MaxGpus)
                then end
                rule "through the pattern's identifier, the number on the left"
                when
                    $caps : Caps()
                    Proposal(requestedAmountKrw != null, $caps.p07MaxKrw >= requestedAmountKrw)
                then end
                rule "a half expression and a negative literal"
                when
                    Proposal(compute!.months > 3 && < 13, infra != null, infra.powerMw != -1)
                then end
                """;

        RuleThresholds t = RuleThresholds.read(Map.of("caps.drl", caps, "rules.drl", rules, "notes.txt", "x < 5"));

        assertThat(t.at("compute.quantity")).containsExactly(new BigDecimal("16"));
        assertThat(t.at("requestedAmountKrw")).containsExactly(new BigDecimal("200000000"));
        assertThat(t.at("compute.months")).containsExactly(new BigDecimal("3"), new BigDecimal("13"));
        assertThat(t.at("infra.powerMw")).containsExactly(new BigDecimal("-1"));
    }

    @Test
    void an_unreadable_file_adds_nothing_and_stops_nothing() {
        RuleThresholds t = RuleThresholds.read(Map.of("broken.drl", "rule \"x\" when Proposal(compute.quantity < ",
                "ok.drl", HEADER + "rule \"y\" when Proposal(compute.quantity > 8) then end"));

        assertThat(t.at("compute.quantity")).containsExactly(new BigDecimal("8"));
    }
}
