package kr.oneteam.rules.outcome;

/**
 * What a programme would allocate: GPUs for months with a self-pay share, or an amount in KRW. Fields
 * the programme does not allocate are null. Dropped when the recommendation ends INELIGIBLE.
 */
public final class Grant implements Outcome {

    private final long proposalId;
    private final String programme;
    private final String rule;
    private final Integer gpus;
    private final Integer months;
    private final Integer selfPayPercent;
    private final Long krw;

    public Grant(long proposalId, String programme, String rule, Integer gpus, Integer months,
            Integer selfPayPercent, Long krw) {
        this.proposalId = proposalId;
        this.programme = RuleIds.programme(programme);
        this.rule = RuleIds.check(rule);
        this.gpus = gpus;
        this.months = months;
        this.selfPayPercent = selfPayPercent;
        this.krw = krw;
    }

    /** GPUs for months, with the share the company pays itself (P01: null, P02: 0–10 %). */
    public static Grant gpus(long proposalId, String programme, String rule, int gpus, int months, Integer selfPayPercent) {
        return new Grant(proposalId, programme, rule, gpus, months, selfPayPercent, null);
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
    public Integer getSelfPayPercent() { return selfPayPercent; }
    public Long getKrw() { return krw; }

    @Override
    public String toString() {
        return rule + " grant " + programme + " gpus=" + gpus + " months=" + months + " selfPay=" + selfPayPercent + " krw=" + krw;
    }
}
