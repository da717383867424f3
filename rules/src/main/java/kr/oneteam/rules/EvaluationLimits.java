package kr.oneteam.rules;

import java.time.Duration;

/**
 * What one evaluation may take before its proposals fail instead of hanging the caller: at most
 * {@code firingsPerProposal} rule firings per proposal (a rule re-firing on its own outcome), and at most
 * {@code base + perProposal × proposals} of time (checked between firings). The guard already keeps a single
 * consequence from looping; these catch what is left: re-firing rules and conditions that join too much.
 * The defaults are far above what the shipped ruleset needs (about 20 firings and 20 µs per proposal) so that
 * a slow, shared machine never fails a proposal that is merely slow.
 */
record EvaluationLimits(int firingsPerProposal, Duration base, Duration perProposal) {

    static final EvaluationLimits DEFAULT = new EvaluationLimits(2_000, Duration.ofSeconds(5), Duration.ofMillis(5));

    /**
     * No limits at all: the evaluation fires without the watching agenda filter and counts no inserts. Only for
     * {@code RoutingBenchmark}, which measures what the limits cost; nothing that routes real proposals uses it
     * (a rule that re-fires forever would hang the caller).
     */
    static final EvaluationLimits UNLIMITED = new EvaluationLimits(Integer.MAX_VALUE / 4, Duration.ofDays(1), Duration.ZERO);

    long deadlineNanos(long start, int proposals) {
        return start + base.toNanos() + perProposal.toNanos() * proposals;
    }

    long timeLimitMillis(int proposals) {
        return base.toMillis() + perProposal.toMillis() * proposals;
    }

    int firingLimit(int proposals) {
        return firingsPerProposal * proposals + 1_000;
    }
}
