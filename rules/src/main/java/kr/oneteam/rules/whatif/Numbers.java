package kr.oneteam.rules.whatif;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/** Numeric fields of the facts: which types count, the values tried around a threshold, conversions. */
final class Numbers {

    private Numbers() {
    }

    static boolean isNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == double.class || type == Double.class || type == BigDecimal.class;
    }

    static boolean isIntegral(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    /**
     * Each threshold, one unit below and one above: 1 for whole numbers; for decimals one place finer than the
     * threshold is written ({@code 10} → 0.1, {@code 2.5} → 0.01), the smallest step that crosses it.
     * Negative values are not tried: no quantity, amount or power of a proposal is negative.
     */
    static SortedSet<BigDecimal> candidates(Collection<BigDecimal> thresholds, Class<?> type) {
        SortedSet<BigDecimal> values = new TreeSet<>();
        for (BigDecimal t : thresholds) {
            BigDecimal unit = unit(t, type);
            for (BigDecimal v : new BigDecimal[] {t.subtract(unit), t, t.add(unit)}) {
                if (v.signum() >= 0 && (!isIntegral(type) || v.stripTrailingZeros().scale() <= 0)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** At most {@code limit} of {@code thresholds}, those nearest to {@code current} (to 0 when it is null). */
    static Collection<BigDecimal> nearest(Collection<BigDecimal> thresholds, Object current, int limit) {
        if (thresholds.size() <= limit) {
            return thresholds;
        }
        BigDecimal at = current == null ? BigDecimal.ZERO : decimal(current);
        return thresholds.stream().sorted(java.util.Comparator.comparing((BigDecimal t) -> t.subtract(at).abs())
                .thenComparing(t -> t)).limit(limit).toList();
    }

    static BigDecimal unit(BigDecimal threshold, Class<?> type) {
        if (isIntegral(type)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.movePointLeft(Math.max(0, threshold.stripTrailingZeros().scale()) + 1);
    }

    /** {@code value} as the field's type; null when it does not fit (an int field and 3,000,000,000). */
    static Object as(BigDecimal value, Class<?> type) {
        try {
            if (type == int.class || type == Integer.class) {
                return value.intValueExact();
            }
            if (type == long.class || type == Long.class) {
                return value.longValueExact();
            }
            if (type == double.class || type == Double.class) {
                return value.doubleValue();
            }
            return value;
        } catch (ArithmeticException doesNotFit) {
            return null;
        }
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    /** 16, 2.5, 200000000 — never 1E+1 or 16.00: thresholds print as written. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean same(Object a, Object b) {
        return a != null && b != null && decimal(a).compareTo(decimal(b)) == 0;
    }
}
