package kr.oneteam.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * An experiment, not a test (decision record 042): what Drools does per proposal — firings per rule and inserts per
 * fact type over 10,000 random proposals in slices of 1,000 ({@code count}) — and a steady loop to profile with JFR
 * ({@code batch <seconds>} / {@code single <seconds>}). Run like {@link RoutingBenchmark} (same class path):
 * {@code kr.oneteam.rules.DrlProbe count}. Rulesets are built as the gate builds them (guarded, outcomes no rule reads
 * collected: decision record 043); in {@code ab}, a side written {@code raw:classpath} is built without the guard.
 */
public final class DrlProbe {
    private static long sink;

    private DrlProbe() {
    }

    public static void main(String[] args) {
        RulesetFiles shipped = RulesetFiles.fromClasspath();
        RulesetCompiler.Compiled c = RulesetCompiler.compileGuarded(shipped);
        CompiledRuleset held = new CompiledRuleset(c.kieBase(), new ActiveRuleset(shipped.hash(), shipped.source(),
                Instant.now(), c.ruleCount(), shipped.files()));
        // -Ddeleted=true: single calls delete their facts after each call (decision 046's other side).
        CompiledRuleset ruleset = Boolean.getBoolean("deleted") ? held.withFactsDeleted() : held;
        int n = 10_000;
        List<Proposal> proposals = new RandomProposals(42).next(n, 1);
        String mode = args.length > 0 ? args[0] : "count";
        if (mode.equals("count")) {
            Map<String, Integer> firings = new TreeMap<>();
            Map<String, Integer> inserts = new TreeMap<>();
            for (int from = 0; from < n; from += 1000) {
                KieSession s = c.kieBase().newKieSession();
                if (s.getKieBase().getKiePackages().stream().anyMatch(pkg -> pkg.getGlobalVariables().stream()
                        .anyMatch(g -> g.getName().equals(kr.oneteam.rules.guard.CollectedOutcomes.GLOBAL)))) {
                    java.util.function.Consumer<Object> collector = o -> inserts.merge(
                            "(collected) " + o.getClass().getSimpleName(), 1, Integer::sum);
                    s.setGlobal(kr.oneteam.rules.guard.CollectedOutcomes.GLOBAL, collector);
                }
                s.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent e) {
                        firings.merge(e.getMatch().getRule().getName(), 1, Integer::sum);
                    }
                });
                s.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent e) {
                        inserts.merge(e.getObject().getClass().getSimpleName(), 1, Integer::sum);
                    }
                });
                for (Proposal p : proposals.subList(from, from + 1000)) {
                    s.insert(p);
                }
                s.fireAllRules();
                s.dispose();
            }
            int totalF = firings.values().stream().mapToInt(Integer::intValue).sum();
            int totalI = inserts.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("firings per proposal %.2f, inserts per proposal %.2f%n", totalF / (double) n, totalI / (double) n);
            firings.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> System.out.printf("  fire %6.3f %s%n", e.getValue() / (double) n, e.getKey()));
            inserts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> System.out.printf("  insert %6.3f %s%n", e.getValue() / (double) n, e.getKey()));
            return;
        }
        if (mode.equals("ab")) {
            ab(args, proposals);
            return;
        }
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long routed = 0;
        while (System.nanoTime() < end) {
            if (mode.equals("batch")) {
                for (RoutedProposal r : ruleset.route(proposals)) {
                    sink += r.recommendations().size();
                }
                routed += n;
            } else {
                for (int i = 0; i < 2000; i++) {
                    sink += ruleset.route(List.of(proposals.get(i))).get(0).recommendations().size();
                }
                routed += 2000;
            }
        }
        double cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        System.out.printf("%s: %,d proposals in %d s (%,.0f/s; %,.0f/s of this thread's CPU time, start-up included)  sink %d%n",
                mode, routed, seconds, routed / (double) seconds, routed / cpu, sink);
    }

    /**
     * {@code ab [dir|classpath]…} (rounds: {@code -Drounds=5}): the rulesets (the shipped one or a rules directory)
     * and plain Java, alternating in each round; medians of CPU time; each ruleset's ratios to plain Java
     * (batches of 10,000 in slices as routing does, one call per proposal).
     */
    private static void ab(String[] args, List<Proposal> proposals) {
        List<CompiledRuleset> sides = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            // "raw:<dir|classpath>" builds without the guard, so every outcome is inserted (decision record 043).
            // "opt:name=value,name=value" (decision 044) is "classpath+name=value+name=value" (decision 045).
            String spec = args[i].startsWith("opt:") ? "classpath+" + args[i].substring(4).replace(',', '+') : args[i];
            // "<side>+drools.x=v+drools.y=w": Drools options for the builder, the knowledge base and the sessions.
            String[] parts = spec.split("\\+");
            java.util.Properties options = null;
            // "+deleted" (decision 046): single calls delete their facts after each call instead of holding them.
            boolean deleted = false;
            int held = CompiledRuleset.HELD_FACTS;
            for (int o = 1; o < parts.length; o++) {
                if (parts[o].equals("deleted")) {
                    deleted = true;
                    continue;
                }
                if (parts[o].startsWith("held=")) { // "+held=N": reset a session that holds N facts (decision 046)
                    held = Integer.parseInt(parts[o].substring(5));
                    continue;
                }
                options = options == null ? new java.util.Properties() : options;
                String[] kv = parts[o].split("=", 2);
                options.setProperty(kv[0], kv[1]);
            }
            boolean raw = parts[0].startsWith("raw:");
            String where = raw ? parts[0].substring(4) : parts[0];
            RulesetFiles files = where.equals("classpath") ? RulesetFiles.fromClasspath()
                    : RulesetFiles.fromDirectory(java.nio.file.Path.of(where));
            RulesetCompiler.Compiled c = raw ? RulesetCompiler.compile(files) : RulesetCompiler.compileGuarded(files, options);
            if (c.kieBase() == null) {
                throw new IllegalStateException(args[i] + ": " + c.problems());
            }
            CompiledRuleset side = new CompiledRuleset(c.kieBase(), new ActiveRuleset(files.hash(), files.source(),
                    Instant.now(), c.ruleCount(), files.files()));
            side = deleted ? side.withFactsDeleted() : side.withHeldFacts(held);
            sides.add(options == null ? side : side.withSessionOptions(options));
        }
        int rounds = Integer.getInteger("rounds", 5);
        int single = 5_000;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int k = sides.size();
        double[][] batch = new double[k][rounds];
        double[][] call = new double[k][rounds];
        double[] plain = new double[rounds];
        for (int round = -2; round < rounds; round++) {
            for (int i = 0; i < k; i++) {
                CompiledRuleset r = sides.get(i);
                long c0 = threads.getCurrentThreadCpuTime();
                for (RoutedProposal x : r.route(proposals)) {
                    sink += x.recommendations().size();
                }
                long c1 = threads.getCurrentThreadCpuTime();
                for (int j = 0; j < single; j++) {
                    sink += r.route(List.of(proposals.get(j))).get(0).recommendations().size();
                }
                long c2 = threads.getCurrentThreadCpuTime();
                if (round >= 0) {
                    batch[i][round] = proposals.size() / ((c1 - c0) / 1e9);
                    call[i][round] = single / ((c2 - c1) / 1e9);
                }
            }
            long c0 = threads.getCurrentThreadCpuTime();
            for (Proposal p : proposals) {
                sink += PlainJavaPolicy.route(p, "x").recommendations().size();
            }
            if (round >= 0) {
                plain[round] = proposals.size() / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            }
        }
        double pl = median(plain);
        for (int i = 0; i < k; i++) {
            System.out.printf("%s holds single calls' facts: %s%n", args[i + 1], sides.get(i).holdsFacts());
        }
        System.out.printf("plain Java %,.0f/s%n", pl);
        for (int i = 0; i < k; i++) {
            double b = median(batch[i]);
            double c = median(call[i]);
            System.out.printf("%-60s batches %,8.0f/s (%.2f×)  per call %,8.0f/s (%.2f×)%n", args[i + 1], b, pl / b, c, pl / c);
        }
        System.out.println("(sink " + sink + ")");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
