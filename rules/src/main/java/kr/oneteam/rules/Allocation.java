package kr.oneteam.rules;

import java.math.BigDecimal;

/**
 * What a programme allocates: GPUs for months with a self-pay share (P01, P02), or an amount in KRW
 * (P07, the SME data voucher of P08). Fields a programme does not allocate are null. The self-pay share is
 * a decimal percentage in its shortest exact form (2.5, 5, 10), as a rule computed it (POLICY.md §4).
 */
public record Allocation(Integer gpus, Integer months, BigDecimal selfPayPercent, Long krw) {

    public static Allocation gpus(int gpus, int months, BigDecimal selfPayPercent) {
        return new Allocation(gpus, months, selfPayPercent, null);
    }

    public static Allocation krw(long krw) {
        return new Allocation(null, null, null, krw);
    }
}
