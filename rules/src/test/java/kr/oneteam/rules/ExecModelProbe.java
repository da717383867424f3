package kr.oneteam.rules;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * An experiment, not a test (decision record 041): the shipped ruleset built with the classic build and as an
 * executable model, each 6 times (build times), then both routed by the same {@code CompiledRuleset} code, in
 * batches and with one call per proposal, alternating in each of 9 rounds (CPU time of this thread). Prints
 * "DIFFERENT ANSWERS" if the two builds route the random proposals differently. Argument: {@code proposals}.
 * Run like {@link RoutingBenchmark} (same class path), e.g. {@code kr.oneteam.rules.ExecModelProbe 10000}.
 */
public final class ExecModelProbe {
    private static long sink;
    private static int build;

    private ExecModelProbe() {
    }

    static KieBase execModel(RulesetFiles files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("kr.oneteam", "probe", "1." + (build++));
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        for (Map.Entry<String, String> f : files.files().entrySet()) {
            if (f.getKey().endsWith(".drl")) {
                kfs.write("src/main/resources/kr/oneteam/rules/policy/" + f.getKey(), f.getValue());
            }
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (kb.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(kb.getResults().toString());
        }
        KieBase base = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return base;
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        RulesetFiles shipped = RulesetFiles.fromClasspath();
        double[] classicMs = new double[6], execMs = new double[6];
        KieBase classic = null, exec = null;
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            classic = RulesetCompiler.compile(shipped).kieBase();
            classicMs[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            exec = execModel(shipped);
            execMs[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.println("compile classic ms " + Arrays.toString(classicMs));
        System.out.println("compile exec    ms " + Arrays.toString(execMs));
        ActiveRuleset meta = new ActiveRuleset(shipped.hash(), shipped.source(), Instant.now(), 50, shipped.files());
        CompiledRuleset a = new CompiledRuleset(classic, meta);
        CompiledRuleset b = new CompiledRuleset(exec, meta);
        List<Proposal> proposals = new RandomProposals(42).next(n, 1);
        if (!a.route(proposals).equals(b.route(proposals))) {
            System.out.println("DIFFERENT ANSWERS");
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String mode : List.of("batch", "single")) {
            double[] ra = new double[9], rb = new double[9];
            for (int round = 0; round < 9; round++) {
                long c0 = threads.getCurrentThreadCpuTime();
                run(a, proposals, mode);
                long c1 = threads.getCurrentThreadCpuTime();
                run(b, proposals, mode);
                long c2 = threads.getCurrentThreadCpuTime();
                int count = mode.equals("batch") ? n : Math.min(n, 5000);
                ra[round] = count / ((c1 - c0) / 1e9);
                rb[round] = count / ((c2 - c1) / 1e9);
            }
            Arrays.sort(ra); Arrays.sort(rb);
            System.out.printf("%s: classic %,.0f/s, executable model %,.0f/s (%.2f×) [medians of rounds 9, CPU time]%n", mode,
                    ra[4], rb[4], rb[4] / ra[4]);
        }
        System.out.println(sink);
    }

    static void run(CompiledRuleset r, List<Proposal> proposals, String mode) {
        if (mode.equals("batch")) {
            for (RoutedProposal p : r.route(proposals)) sink += p.recommendations().size();
        } else {
            for (int i = 0; i < Math.min(proposals.size(), 5000); i++) sink += r.route(List.of(proposals.get(i))).get(0).recommendations().size();
        }
    }
}
