package kr.oneteam.rules.outcome;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.oneteam.domain.vocabulary.Labelled;

/**
 * Text helpers for reasons written by rules: Korean labels of vocabulary values, e.g.
 * {@code "정책과제 이관: " + Labels.korean($category)} (cached, because a label lookup reads a resource bundle
 * and rules run for every proposal), and percentages as an officer reads them ({@code Labels.percent(2.5)}
 * is "2.5%", {@code Labels.percent(10)} is "10%").
 */
public final class Labels {

    private static final Map<Labelled, String> KOREAN = new ConcurrentHashMap<>();

    private Labels() {
    }

    public static String korean(Labelled value) {
        return KOREAN.computeIfAbsent(value, Labelled::korean);
    }

    /** "2.5%", "10%", "0%": the shortest exact decimal, never rounded, never "10.0%". */
    public static String percent(double value) {
        return percent(BigDecimal.valueOf(value));
    }

    public static String percent(BigDecimal value) {
        return (value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros()).toPlainString() + "%";
    }
}
