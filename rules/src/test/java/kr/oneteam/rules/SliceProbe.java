package kr.oneteam.rules;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;

/**
 * An experiment, not a test (decision record 041): throughput by the size of one evaluation (1 to 1,000
 * proposals), in sessions that keep their table facts and in sessions that are reset, alternating in each of 7
 * rounds (CPU time of this thread; the medians are printed). Run like {@link RoutingBenchmark} (same class path):
 * {@code kr.oneteam.rules.SliceProbe}. {@code CompiledRuleset} keeps tables only for evaluations of one proposal,
 * because of these figures: they were taken while it kept them for every size; now both columns above size 1 route
 * with reset sessions (and should agree within noise).
 */
public final class SliceProbe {
    private static long sink;

    private SliceProbe() {
    }
    public static void main(String[] args) {
        RulesetFiles shipped = RulesetFiles.fromClasspath();
        RulesetCompiler.Compiled c = RulesetCompiler.compileGuarded(shipped);
        CompiledRuleset kept = new CompiledRuleset(c.kieBase(), new ActiveRuleset(shipped.hash(), shipped.source(), Instant.now(), c.ruleCount(), shipped.files()));
        CompiledRuleset reset = kept.withSessionsReset();
        int n = 6000;
        List<Proposal> proposals = new RandomProposals(42).next(n, 1);
        int[] sizes = {1, 10, 50, 100, 250, 500, 1000};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (CompiledRuleset r : List.of(kept, reset)) for (int s : sizes) run(r, proposals, s, n);
        double[][] rk = new double[sizes.length][7], rr = new double[sizes.length][7];
        for (int round = 0; round < 7; round++) {
            for (int i = 0; i < sizes.length; i++) {
                int count = sizes[i] == 1 ? 2000 : n;
                long c0 = threads.getCurrentThreadCpuTime();
                run(kept, proposals, sizes[i], count);
                long c1 = threads.getCurrentThreadCpuTime();
                run(reset, proposals, sizes[i], count);
                long c2 = threads.getCurrentThreadCpuTime();
                rk[i][round] = count / ((c1 - c0) / 1e9);
                rr[i][round] = count / ((c2 - c1) / 1e9);
            }
        }
        for (int i = 0; i < sizes.length; i++) {
            Arrays.sort(rk[i]); Arrays.sort(rr[i]);
            System.out.printf("evaluations of %4d: tables kept %,8.0f/s, reset %,8.0f/s%n", sizes[i], rk[i][3], rr[i][3]);
        }
        System.out.println(sink);
    }
    static void run(CompiledRuleset r, List<Proposal> p, int s, int count) {
        for (int from = 0; from < count; from += s) for (RoutedProposal x : r.route(p.subList(from, Math.min(count, from + s)))) sink += x.recommendations().size();
    }
}
