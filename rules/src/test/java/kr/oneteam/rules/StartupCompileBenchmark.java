package kr.oneteam.rules;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an instance pays for its ruleset at start-up (issue 8 measures start-up): compiling the stored active
 * version (files, guard, compiler — what RulesetBoot does now) against the whole gate with its scenarios (what
 * every start paid before the database held the published ruleset). Both back to back in one run, alternating,
 * after a warm-up; prints medians (wall and process CPU) and the ratio. Not part of {@code mvn verify}:
 *
 * <pre>
 * mvn -B -q -pl rules -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * cd rules && java -cp target/test-classes:target/classes:$(cat target/bench.cp) kr.oneteam.rules.StartupCompileBenchmark [rounds=7]
 * </pre>
 */
public final class StartupCompileBenchmark {

    private StartupCompileBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0].replace("rounds=", "")) : 7;
        RulesetContent shipped = RulesetContent.shipped();
        // Process CPU, not the thread's: Drools compiles the consequences on threads of its own.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 2; i++) { // warm-up: the first builds in a JVM are about twice as slow
            RoutingEngine.compile(shipped);
            RoutingEngine.admit(shipped, null);
        }
        List<Long> compileWall = new ArrayList<>();
        List<Long> compileCpu = new ArrayList<>();
        List<Long> gateWall = new ArrayList<>();
        List<Long> gateCpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            if (!RoutingEngine.compile(shipped).passed()) {
                throw new IllegalStateException("the shipped ruleset does not compile");
            }
            compileWall.add(System.nanoTime() - w);
            compileCpu.add(os.getProcessCpuTime() - c);
            w = System.nanoTime();
            c = os.getProcessCpuTime();
            if (!RoutingEngine.admit(shipped, null).passed()) {
                throw new IllegalStateException("the shipped ruleset does not pass its gate");
            }
            gateWall.add(System.nanoTime() - w);
            gateCpu.add(os.getProcessCpuTime() - c);
        }
        System.out.printf("shipped ruleset (%d files), %d rounds, medians:%n", shipped.files().size(), rounds);
        System.out.printf("  compile only (start-up now)        %6d ms wall  %6d ms CPU%n", ms(median(compileWall)),
                ms(median(compileCpu)));
        System.out.printf("  whole gate with scenarios (before) %6d ms wall  %6d ms CPU%n", ms(median(gateWall)),
                ms(median(gateCpu)));
        System.out.printf("  ratio gate / compile: %.2f wall, %.2f CPU%n",
                (double) median(gateWall) / median(compileWall), (double) median(gateCpu) / median(compileCpu));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
