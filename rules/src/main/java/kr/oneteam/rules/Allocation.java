package kr.oneteam.rules;

/**
 * What a programme allocates: GPUs for months with a self-pay share (P01, P02), or an amount in KRW
 * (P07, the SME data voucher of P08). Fields a programme does not allocate are null.
 */
public record Allocation(Integer gpus, Integer months, Integer selfPayPercent, Long krw) {

    public static Allocation gpus(int gpus, int months, Integer selfPayPercent) {
        return new Allocation(gpus, months, selfPayPercent, null);
    }

    public static Allocation krw(long krw) {
        return new Allocation(null, null, null, krw);
    }
}
