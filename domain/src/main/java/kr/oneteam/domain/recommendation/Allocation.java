package kr.oneteam.domain.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a programme would give: GPUs for some months (P01, P02, with a self-pay share for P02) or an
 * amount in won (P07, P08). Fields that do not apply are null. Self-pay is a decimal because a youth-
 * founded startup's 5 % is halved to 2.5 % (R-CMP-02).
 */
@Embeddable
public class Allocation {

    @Column(name = "alloc_gpus")
    private Integer gpus;

    @Column(name = "alloc_months")
    private Integer months;

    @Column(name = "alloc_self_pay_percent", precision = 5, scale = 2)
    private BigDecimal selfPayPercent;

    @Column(name = "alloc_krw")
    private Long krw;

    protected Allocation() {
    }

    public Allocation(Integer gpus, Integer months, BigDecimal selfPayPercent, Long krw) {
        if (gpus == null && months == null && selfPayPercent == null && krw == null) {
            throw new IllegalArgumentException("an allocation needs GPUs, months or an amount; use null for none");
        }
        requireNotNegative(gpus, "allocation.gpus");
        requireNotNegative(months, "allocation.months");
        requireNotNegative(krw, "allocation.krw");
        if (selfPayPercent != null
                && (selfPayPercent.signum() < 0 || selfPayPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("allocation.selfPayPercent must be 0–100: " + selfPayPercent);
        }
        this.gpus = gpus;
        this.months = months;
        this.selfPayPercent = plain(selfPayPercent);
        this.krw = krw;
    }

    /** 2.50 → 2.5 and 10.00 → 10, never 1E+1: the JSON of the API writes the number as it is (POLICY.md §4). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Allocation gpus(int gpus, int months) {
        return new Allocation(gpus, months, null, null);
    }

    public static Allocation gpus(int gpus, int months, BigDecimal selfPayPercent) {
        return new Allocation(gpus, months, selfPayPercent, null);
    }

    public static Allocation krw(long krw) {
        return new Allocation(null, null, null, krw);
    }

    private static void requireNotNegative(Number value, String field) {
        if (value != null && value.longValue() < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
    }

    public Integer gpus() {
        return gpus;
    }

    public Integer months() {
        return months;
    }

    /** The share in its shortest exact form (2.5, 5, 10), also when read back from the numeric(5,2) column (2.50). */
    public BigDecimal selfPayPercent() {
        return plain(selfPayPercent);
    }

    public Long krw() {
        return krw;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Allocation that && Objects.equals(gpus, that.gpus)
                && Objects.equals(months, that.months) && Objects.equals(krw, that.krw)
                && (selfPayPercent == null ? that.selfPayPercent == null
                    : that.selfPayPercent != null && selfPayPercent.compareTo(that.selfPayPercent) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gpus, months, krw, plain(selfPayPercent));
    }

    @Override
    public String toString() {
        return "Allocation[gpus=" + gpus + ", months=" + months + ", selfPay=" + (selfPayPercent == null ? null : plain(selfPayPercent).toPlainString()) + "%, krw=" + krw + "]";
    }
}
