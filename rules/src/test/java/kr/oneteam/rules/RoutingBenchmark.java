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
 * per proposal) and through {@link PlainJavaPolicy}; compile time of the shipped ruleset (warm) and of a
 * generated ruleset of 5,000 rules of the policy's shapes.
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
        CompiledRuleset ruleset = new CompiledRuleset(compiled.kieBase(),
                new ActiveRuleset(shipped.hash(), shipped.source(), Instant.now(), compiled.ruleCount(), shipped.files()));

        List<Proposal> proposals = new RandomProposals(42).next(n, 1);
        throughput("engine, batches of 1000", () -> {
            for (int from = 0; from < n; from += 1000) {
                for (RoutedProposal r : ruleset.route(proposals.subList(from, Math.min(n, from + 1000)))) {
                    sink += r.recommendations().size();
                }
            }
        }, n);
        double engineBatch = throughput("engine, batches of " + batch, () -> {
            for (int from = 0; from < n; from += batch) {
                for (RoutedProposal r : ruleset.route(proposals.subList(from, Math.min(n, from + batch)))) {
                    sink += r.recommendations().size();
                }
            }
        }, n);
        int single = Math.min(n, 20_000);
        double engineSingle = throughput("engine, one call per proposal", () -> {
            for (int i = 0; i < single; i++) {
                sink += ruleset.route(List.of(proposals.get(i))).get(0).recommendations().size();
            }
        }, single);
        double plain = throughput("plain Java", () -> {
            for (Proposal p : proposals) {
                sink += PlainJavaPolicy.route(p, "x").recommendations().size();
            }
        }, n);
        System.out.printf("ratio plain Java / engine by CPU time (batches of %d): %.1f; (one per call): %.1f%n", batch,
                plain / engineBatch, plain / engineSingle);

        RulesetFiles big = generatedRuleset(generated);
        for (int round = 1; round <= 2; round++) {
            long t = System.nanoTime();
            RulesetCompiler.Compiled c = RulesetCompiler.compile(big);
            System.out.printf("compile generated ruleset of %d rules (build %d): %.1f s%s%n", c.ruleCount(), round,
                    (System.nanoTime() - t) / 1e9, c.problems().isEmpty() ? "" : " PROBLEMS " + c.problems());
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
