package kr.oneteam.app.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.routing.RulesetRouters;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Simulates a draft (P01's cap raised to 32 GPUs) over 100,000 stored proposals on in-memory H2 and prints
 * proposals per second and the ratio to plain routing of the same proposals in the same run: the same facts,
 * already in memory, routed by one ruleset, and by both (what a simulation must route). Target (issue 9):
 * the simulation in under 10 s on the developers' machine; a simulation should cost little more than the
 * routing itself. Seeding goes through IntakeService (the real path) and takes a while. Run:
 * {@code mvn -B -pl app-ui -am test -Dgroups=benchmark -Dtest=ImpactSimulationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.proposals=N} for another size).
 */
@Tag("benchmark")
@SpringBootTest(properties = "oneteam.demo.proposals=false")
@ActiveProfiles("test")
class ImpactSimulationBenchmark {

    private static final int PROPOSALS = Integer.getInteger("benchmark.proposals", 100_000);
    private static final int RUNS = 3;

    @Autowired ApplicationContext context;
    @Autowired ImpactSimulation simulation;
    @Autowired IntakeService intake;
    @Autowired QueueService queue;
    @Autowired StoredProposals stored;
    @Autowired RulesetRouters routers;

    @Test
    void simulate_a_hundred_thousand_stored_proposals() throws Exception {
        long seedStart = System.nanoTime();
        for (int from = 0; from < PROPOSALS; from += IntakeService.BATCH_MAX) {
            int count = Math.min(IntakeService.BATCH_MAX, PROPOSALS - from);
            int first = from;
            TestSecurity.runAs(context, "intake", "INTAKE", () -> intake.submitBatch(ImpactFixtures.proposals("BENCH", first, count), "intake"));
        }
        print("seeded %,d proposals through IntakeService in %,d ms", PROPOSALS, ms(seedStart));

        TestSecurity.signIn(context, "analyst", "ANALYST");
        Router draft = routers.compileDraft(ImpactFixtures.p01RaisedTo32()).router();
        Router active = routers.active().router();
        long readStart = System.nanoTime();
        List<Proposal> facts = allFacts();
        print("facts of %,d proposals read for the plain-routing baseline in %,d ms", facts.size(), ms(readStart));

        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            active.routeAll(facts);
            long plainOne = System.nanoTime() - start;
            start = System.nanoTime();
            active.routeAll(facts);
            draft.routeAll(facts);
            long plainBoth = System.nanoTime() - start;
            start = System.nanoTime();
            CompletableFuture<?> other = CompletableFuture.runAsync(() -> active.routeAll(facts));
            draft.routeAll(facts);
            other.join();
            long plainBothParallel = System.nanoTime() - start;
            ImpactTimings timings = new ImpactTimings();
            start = System.nanoTime();
            ImpactReport report = simulation.simulate(draft, QueueFilter.none(), null, null, timings);
            long simulated = System.nanoTime() - start;
            print("run %d: simulation %,d ms = %,.0f proposals/s (%,d changed, P01 demand %s); plain routing by one ruleset "
                            + "%,d ms (%,.0f/s), by both one after the other %,d ms, by both on two threads %,d ms; "
                            + "ratio simulation/plain(one) %.2f, simulation/plain(both) %.2f, simulation/plain(both, two threads) %.2f",
                    run, simulated / 1_000_000, report.simulated() * 1e9 / simulated, report.changes().size(),
                    p01(report), plainOne / 1_000_000, facts.size() * 1e9 / plainOne, plainBoth / 1_000_000,
                    plainBothParallel / 1_000_000, (double) simulated / plainOne, (double) simulated / plainBoth,
                    (double) simulated / plainBothParallel);
            print("run %d: where the simulation's time went (summed per phase; phases overlap): %s", run, timings);
        }
    }

    private List<Proposal> allFacts() {
        List<Proposal> facts = new ArrayList<>(PROPOSALS);
        long after = 0;
        while (true) {
            List<Long> ids = queue.idsAfter(QueueFilter.none(), after, 1_000);
            if (ids.isEmpty()) {
                return facts;
            }
            stored.page(ids).forEach(p -> facts.add(p.facts()));
            after = ids.get(ids.size() - 1);
        }
    }

    private static String p01(ImpactReport report) {
        return report.programmes().stream().filter(p -> p.code().equals("P01")).findFirst()
                .map(p -> p.demandBefore() + " → " + p.demandAfter() + " GPU").orElse("-");
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void print(String format, Object... args) {
        System.out.printf("[impact benchmark] " + format + "%n", args);
    }
}
