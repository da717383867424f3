package kr.oneteam.rules.outcome;

import java.math.BigDecimal;

/**
 * What a programme would allocate: GPUs for months with a self-pay share, or an amount in KRW. Fields
 * the programme does not allocate are null. Dropped when the recommendation ends INELIGIBLE.
 *
 * <p>The self-pay share is a decimal percentage, never rounded: a youth-founded startup pays half of 5 %,
 * that is 2.5 % (POLICY.md §4). It is kept in its shortest exact form (2.5, 5, 10 — never 5.0 or 1E+1).
 */
public final class Grant implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final Integer gpus;
    private final Integer months;
    private final BigDecimal selfPayPercent;
    private final Long krw;

    public Grant(long proposalId, String programme, String rule, Integer gpus, Integer months,
            BigDecimal selfPayPercent, Long krw) {
        this.proposalId = proposalId;
        this.programme = RuleIds.programme(programme);
        this.rule = RuleIds.check(rule);
        this.gpus = gpus;
        this.months = months;
        this.selfPayPercent = plain(selfPayPercent);
        this.krw = krw;
    }

    /** GPUs for months, with the share the company pays itself (P01: null, P02: 0–10 %). */
    public static Grant gpus(long proposalId, String programme, String rule, int gpus, int months, BigDecimal selfPayPercent) {
        return new Grant(proposalId, programme, rule, gpus, months, selfPayPercent, null);
    }

    /** GPUs for months with a self-pay share computed in a rule, e.g. {@code 5 / 2.0}: kept exactly (2.5). */
    public static Grant gpus(long proposalId, String programme, String rule, int gpus, int months, double selfPayPercent) {
        return gpus(proposalId, programme, rule, gpus, months, BigDecimal.valueOf(selfPayPercent));
    }

    /** GPUs for months, no self-pay share (P01). */
    public static Grant gpus(long proposalId, String programme, String rule, int gpus, int months) {
        return gpus(proposalId, programme, rule, gpus, months, (BigDecimal) null);
    }

    /** An amount in KRW (P07, the SME data voucher of P08). */
    public static Grant krw(long proposalId, String programme, String rule, long krw) {
        return new Grant(proposalId, programme, rule, null, null, null, krw);
    }

    @Override
    public long getProposalId() { return proposalId; }
    public String getProgramme() { return programme; }
    @Override
    public String getRule() { return rule; }
    public Integer getGpus() { return gpus; }
    public Integer getMonths() { return months; }
    public BigDecimal getSelfPayPercent() { return selfPayPercent; }
    public Long getKrw() { return krw; }

    /** 2.50 → 2.5, 10.0 → 10 (not 1E+1), 0.00 → 0. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("selfPayPercent must be 0–100: " + value);
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
        return rule + " grant " + programme + " gpus=" + gpus + " months=" + months + " selfPay=" + selfPayPercent + " krw=" + krw;
    }
}
