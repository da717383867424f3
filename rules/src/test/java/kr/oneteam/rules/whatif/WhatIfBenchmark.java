package kr.oneteam.rules.whatif;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;

/**
 * Speed of "what would change it" (a benchmark, not a test; the command is in rules/README.md): the time to
 * explain one proposal — make its variants, route them and the proposal in one call, pick the changes —
 * with the shipped ruleset's thresholds already read (the service keeps them per version). Prints the median
 * and 90th percentile in ms per proposal, wall clock and the thread's CPU, over the 13 KOSA demo proposals
 * (each explained {@code rounds} times) and over {@code generated} seeded random proposals; and, measured in
 * the same run, the time to route the same proposal once, as the ratio explain / route (the machine is shared
 * and noisy: the ratio is the figure to compare between runs). Target: median under 50 ms per proposal.
 *
 * <p>Arguments: {@code [generated=1000] [rounds=20]}.
 */
public final class WhatIfBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WhatIfBenchmark() {
    }

    public static void main(String[] args) {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Router router = DemoProposals.ROUTER;
        RuleThresholds thresholds = RuleThresholds.read(DemoProposals.SHIPPED.files());
        List<Proposal> demo = DemoProposals.all();
        List<Proposal> random = new RandomProposals(20261201L).next(generated, 1);

        // Warm-up: the JIT and Drools' lazily built network nodes, not measured.
        for (int i = 0; i < 3; i++) {
            demo.forEach(p -> Counterfactuals.explain(router, thresholds, p));
        }
        random.stream().limit(200).forEach(p -> Counterfactuals.explain(router, thresholds, p));

        List<Proposal> demoRounds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            demoRounds.addAll(demo);
        }
        System.out.printf("What-if benchmark, shipped ruleset %s, %d rules%n", router.hash().substring(0, 19),
                router.ruleset().ruleCount());
        report("KOSA demo (13 × " + rounds + ")", demoRounds, router, thresholds);
        report("generated (" + generated + ")", random, router, thresholds);
    }

    private static void report(String name, List<Proposal> proposals, Router router, RuleThresholds thresholds) {
        List<Double> explainWall = new ArrayList<>();
        List<Double> explainCpu = new ArrayList<>();
        List<Double> routeWall = new ArrayList<>();
        List<Integer> variants = new ArrayList<>();
        int suggestions = 0;
        for (Proposal p : proposals) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            WhatIf w = Counterfactuals.explain(router, thresholds, p);
            long t1 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            router.route(p);
            long t2 = System.nanoTime();
            explainWall.add((t1 - t0) / 1e6);
            explainCpu.add((cpu1 - cpu0) / 1e6);
            routeWall.add((t2 - t1) / 1e6);
            variants.add(w.variantsRouted());
            suggestions += w.programmes().stream().mapToInt(x -> x.changes().size()).sum();
        }
        double median = percentile(explainWall, 50);
        double routeMedian = percentile(routeWall, 50);
        System.out.printf("%-24s explain median %.2f ms/proposal (p90 %.2f, CPU median %.2f) | route once median %.3f ms"
                        + " | ratio explain/route %.1f× | variants median %d | %.1f suggestions/proposal | target < 50 ms: %s%n",
                name, median, percentile(explainWall, 90), percentile(explainCpu, 50), routeMedian,
                median / routeMedian, variants.stream().sorted().toList().get(variants.size() / 2),
                suggestions / (double) proposals.size(), median < 50 ? "met" : "NOT met");
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
