package kr.oneteam.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;

/**
 * Speed figures of the rules module (a benchmark, not a test; see rules/README.md for the command):
 * routing throughput on one thread through the engine (batches in one stateless evaluation, and one call
 * per proposal) and through {@link PlainJavaPolicy}, with the two ratios of issue 7 (≤ 3× in batches, ≤ 5× per call);
 * what the evaluation limits cost (the same evaluations without them) and what the guard adds to admitting a
 * ruleset; compile time of the shipped ruleset (warm) and of a generated ruleset of 5,000 rules of the policy's
 * shapes. Ratios are what to compare: they are measured in one run, on one machine, by this thread's CPU time.
 *
 * <p>Arguments: {@code [proposals=100000] [batch=10000] [generatedRules=5000]}.
 */
public final class RoutingBenchmark {

    private static long sink;

    private RoutingBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int generated = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        System.out.printf("Java %s, %d CPUs, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        RulesetFiles shipped = RulesetFiles.fromClasspath();
        double[] compileMs = new double[8];
        RulesetCompiler.Compiled compiled = null;
        for (int i = 0; i < compileMs.length; i++) {
            long t = System.nanoTime();
            compiled = RulesetCompiler.compile(shipped);
            compileMs[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("compile shipped ruleset (%d rules): first %.0f ms, warm median %.0f ms (runs: %s)%n",
                compiled.ruleCount(), compileMs[0], median(Arrays.copyOfRange(compileMs, 3, compileMs.length)),
                Arrays.toString(Arrays.stream(compileMs).map(Math::rint).toArray()));
        // Routing uses the ruleset as the gate builds it: guarded, with the outcomes no rule reads collected instead of
        // inserted (decision record 043). The plain build above (every outcome inserted) is measured against it below.
        kr.oneteam.rules.guard.GuardReport guard = RulesetGuard.report(shipped);
        RulesetCompiler.Compiled routedForm = RulesetCompiler.compile(guard.parsed());
        System.out.println("outcomes collected instead of inserted (no rule reads them): " + guard.collected());
        CompiledRuleset ruleset = new CompiledRuleset(routedForm.kieBase(),
                new ActiveRuleset(shipped.hash(), shipped.source(), Instant.now(), routedForm.ruleCount(), shipped.files()));
        CompiledRuleset inserting = new CompiledRuleset(compiled.kieBase(),
                new ActiveRuleset(shipped.hash(), shipped.source(), Instant.now(), compiled.ruleCount(), shipped.files()));

        List<Proposal> proposals = new RandomProposals(42).next(n, 1);
        CompiledRuleset unlimited = ruleset.withLimits(EvaluationLimits.UNLIMITED);
        Runnable batches = () -> {
            for (int from = 0; from < n; from += batch) {
                for (RoutedProposal r : ruleset.route(proposals.subList(from, Math.min(n, from + batch)))) {
                    sink += r.recommendations().size();
                }
            }
        };
        int single = Math.min(n, 20_000);
        Runnable perCall = () -> {
            for (int i = 0; i < single; i++) {
                sink += ruleset.route(List.of(proposals.get(i))).get(0).recommendations().size();
            }
        };
        double engineBatch = throughput("engine, batches of " + batch, batches, n);
        double engineSingle = throughput("engine, one call per proposal", perCall, single);
        double plain = throughput("plain Java", () -> {
            for (Proposal p : proposals) {
                sink += PlainJavaPolicy.route(p, "x").recommendations().size();
            }
        }, n);
        System.out.printf("ratio engine / plain Java by CPU time: batches of %d %.2f× (target ≤ 3), one call per "
                + "proposal %.2f× (target ≤ 5)%n", batch, plain / engineBatch, plain / engineSingle);

        // The same three measured again, one after the other in each round, so that a change of the machine's load between
        // the phases above cannot move the ratios (on a quiet machine both lines agree).
        double[] together = alternate3(batches, perCall, () -> {
            for (Proposal p : proposals) {
                sink += PlainJavaPolicy.route(p, "x").recommendations().size();
            }
        }, n, single, n);
        System.out.printf("the same, alternating in each round: batches %,.0f/s, one per call %,.0f/s, plain Java %,.0f/s: "
                + "%.2f× and %.2f×%n", together[0], together[1], together[2], together[2] / together[0], together[2] / together[1]);

        // What the limits cost at run time: the same evaluations with and without the watching agenda filter and
        // the insert count, run alternately so that both see the same machine.
        double[] cost = alternate(batches, () -> {
            for (int from = 0; from < n; from += batch) {
                for (RoutedProposal r : unlimited.route(proposals.subList(from, Math.min(n, from + batch)))) {
                    sink += r.recommendations().size();
                }
            }
        }, n);
        double[] costSingle = alternate(perCall, () -> {
            for (int i = 0; i < single; i++) {
                sink += unlimited.route(List.of(proposals.get(i))).get(0).recommendations().size();
            }
        }, single);
        System.out.printf("limits (firing/time limit, insert count): batches %,.0f/s with, %,.0f/s without: %+.1f %% "
                + "(target < 10 %%); one per call %,.0f/s with, %,.0f/s without: %+.1f %%%n", cost[0], cost[1],
                (cost[1] / cost[0] - 1) * 100, costSingle[0], costSingle[1], (costSingle[1] / costSingle[0] - 1) * 100);

        // What collecting the outcomes no rule reads gives (decision record 043): the same evaluations with every outcome
        // inserted as a fact, run alternately.
        double[] collectedBatch = alternate(batches, () -> {
            for (int from = 0; from < n; from += batch) {
                for (RoutedProposal r : inserting.route(proposals.subList(from, Math.min(n, from + batch)))) {
                    sink += r.recommendations().size();
                }
            }
        }, n);
        double[] collectedSingle = alternate(perCall, () -> {
            for (int i = 0; i < single; i++) {
                sink += inserting.route(List.of(proposals.get(i))).get(0).recommendations().size();
            }
        }, single);
        System.out.printf("outcomes collected against all inserted: batches %,.0f/s against %,.0f/s (%.2f×); one per call "
                + "%,.0f/s against %,.0f/s (%.2f×)%n", collectedBatch[0], collectedBatch[1],
                collectedBatch[0] / collectedBatch[1], collectedSingle[0], collectedSingle[1],
                collectedSingle[0] / collectedSingle[1]);

        // What keeping the table facts in pooled sessions gives to one call per proposal (decision record 041): the
        // same calls in sessions that are reset after each one and fire the table rules anew, run alternately.
        CompiledRuleset reset = ruleset.withSessionsReset();
        double[] tablesSingle = alternate(perCall, () -> {
            for (int i = 0; i < single; i++) {
                sink += reset.route(List.of(proposals.get(i))).get(0).recommendations().size();
            }
        }, single);
        System.out.printf("one call per proposal, sessions keeping their tables %,.0f/s against reset after each call "
                + "%,.0f/s: %.2f×%n", tablesSingle[0], tablesSingle[1], tablesSingle[0] / tablesSingle[1]);

        // What holding a call's facts until a later reset gives (decision record 046): the same calls in sessions that
        // keep their tables and delete each call's facts after it (decision record 041), run alternately.
        CompiledRuleset deleting = ruleset.withFactsDeleted();
        double[] heldSingle = alternate(perCall, () -> {
            for (int i = 0; i < single; i++) {
                sink += deleting.route(List.of(proposals.get(i))).get(0).recommendations().size();
            }
        }, single);
        System.out.printf("one call per proposal, facts held until a reset at %d (holding: %s) %,.0f/s against deleted after "
                + "each call %,.0f/s: %.2f×%n", CompiledRuleset.HELD_FACTS, ruleset.holdsFacts(), heldSingle[0],
                heldSingle[1], heldSingle[0] / heldSingle[1]);

        // What the guard costs when a ruleset is admitted: parse and check every DRL as Java, then build what it read,
        // against the plain Drools build of the same files.
        double[] guarded = new double[7];
        double[] bare = new double[7];
        for (int i = 0; i < guarded.length; i++) {
            long t = System.nanoTime();
            RulesetCompiler.compile(RulesetGuard.report(shipped).parsed());
            guarded[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            RulesetCompiler.compile(shipped);
            bare[i] = (System.nanoTime() - t) / 1e6;
        }
        double g = median(Arrays.copyOfRange(guarded, 2, guarded.length));
        double b = median(Arrays.copyOfRange(bare, 2, bare.length));
        System.out.printf("guard + build %.0f ms against build alone %.0f ms (warm medians): guard %+.1f %% of admitting "
                + "a ruleset; at routing time the guard costs nothing (it runs before the build)%n", g, b, (g / b - 1) * 100);

        if (generated > 0) {
            RulesetFiles big = generatedRuleset(generated);
            for (int round = 1; round <= 2; round++) {
                long t = System.nanoTime();
                RulesetCompiler.Compiled c = RulesetCompiler.compile(big);
                System.out.printf("compile generated ruleset of %d rules (build %d): %.1f s%s%n", c.ruleCount(), round,
                        (System.nanoTime() - t) / 1e9, c.problems().isEmpty() ? "" : " PROBLEMS " + c.problems());
            }
        }
        System.out.println("(sink " + sink + ")");
    }

    /**
     * Median of 5 runs after 3 warm-up runs, by wall clock and by this thread's CPU time: on a shared
     * machine the CPU-time figure is what one thread of our own would do, the wall figure what we got.
     */
    private static double throughput(String what, Runnable run, int count) {
        for (int i = 0; i < 3; i++) {
            run.run();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wall = new double[5];
        double[] cpu = new double[5];
        for (int i = 0; i < wall.length; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            run.run();
            cpu[i] = count / ((threads.getCurrentThreadCpuTime() - c) / 1e9);
            wall[i] = count / ((System.nanoTime() - t) / 1e9);
        }
        System.out.printf("%-32s wall median %,10.0f proposals/s (best %,.0f); CPU-time median %,10.0f/s (best %,.0f)%n",
                what + ":", median(wall), Arrays.stream(wall).max().orElse(0), median(cpu),
                Arrays.stream(cpu).max().orElse(0));
        return median(cpu);
    }

    /**
     * CPU-time throughput (median of 7 rounds after 3 warm-up rounds) of {@code a} and {@code b}, run one after the
     * other in each round.
     */
    private static double[] alternate(Runnable a, Runnable b, int count) {
        for (int i = 0; i < 3; i++) {
            a.run();
            b.run();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ra = new double[7];
        double[] rb = new double[7];
        for (int i = 0; i < ra.length; i++) {
            long c = threads.getCurrentThreadCpuTime();
            a.run();
            long m = threads.getCurrentThreadCpuTime();
            b.run();
            long e = threads.getCurrentThreadCpuTime();
            ra[i] = count / ((m - c) / 1e9);
            rb[i] = count / ((e - m) / 1e9);
        }
        return new double[] {median(ra), median(rb)};
    }

    /** Like {@link #alternate} for three measurements (median of 7 rounds after 3 warm-up rounds, CPU time). */
    private static double[] alternate3(Runnable a, Runnable b, Runnable c, int countA, int countB, int countC) {
        for (int i = 0; i < 3; i++) {
            a.run();
            b.run();
            c.run();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] r = new double[3][7];
        Runnable[] runs = {a, b, c};
        int[] counts = {countA, countB, countC};
        for (int i = 0; i < 7; i++) {
            for (int k = 0; k < 3; k++) {
                long t = threads.getCurrentThreadCpuTime();
                runs[k].run();
                r[k][i] = counts[k] / ((threads.getCurrentThreadCpuTime() - t) / 1e9);
            }
        }
        return new double[] {median(r[0]), median(r[1]), median(r[2])};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** {@code count} rules cycling through the shapes of the policy, each with its own thresholds and programme. */
    static RulesetFiles generatedRuleset(int count) {
        List<String> shapes = List.of(
                "Proposal($id : id, categories contains Category.COMPUTE, compute != null, compute.quantity <= %1$d, company.sizeClass in (SizeClass.SME, SizeClass.UNIVERSITY))",
                "Proposal($id : id, categories contains Category.DATA, data != null, data.sensitivity in (Sensitivity.PERSONAL, Sensitivity.SENSITIVE) || data.closedEnvironment)",
                "Proposal($id : id, company.valueChain contains ValueChain.AI_CHIP, themes contains Theme.DOMESTIC_NPU, compute != null, compute.months > %2$d)",
                "Proposal($id : id, infra != null, infra.powerMw != null, infra.powerMw >= %1$d)",
                "Proposal($id : id, categories contains Category.GLOBAL, global != null, global.demandSite == DemandSite.SECURED, requestedAmountKrw != null, requestedAmountKrw > %1$d)",
                "Proposal($id : id, stage in (Stage.POC, Stage.COMMERCIAL), themes contains Theme.AGENTIC_AI, company.region == Region.NON_CAPITAL)",
                "Proposal($id : id, company.supplierRoles contains SupplierRole.GOV_GPU_SUPPLIER)\n    Contribution(proposalId == $id, programme == \"P%3$02d\")",
                "Proposal($id : id, regulation.highImpactDomain != HighImpactDomain.NONE, company.smeLike, compute != null, compute.quantity > %1$d)");
        StringBuilder drl = new StringBuilder(RulesDirectoryText.HEADER);
        for (int i = 0; i < count; i++) {
            String when = shapes.get(i % shapes.size()).formatted(1 + i % 97, 1 + i % 23, 1 + i % 15);
            drl.append("""

                    rule "R-GEN-%d generated"
                    when
                        %s
                    then
                        insert(new Contribution($id, "G%d", Eligibility.ELIGIBLE, "R-GEN-%d", "생성 규칙 %d"));
                    end
                    """.formatted(i, when, i % 200, i, i));
        }
        TreeMap<String, String> files = new TreeMap<>();
        files.put("generated.drl", drl.toString());
        return new RulesetFiles("generated", files, new ArrayList<>());
    }

    /** The DRL header every generated file starts with. */
    static final class RulesDirectoryText {
        static final String HEADER = RulesDirectory.HEADER;
    }
}
