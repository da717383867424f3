package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst saves a file in the watched directory: good rulesets become active, broken ones never do. */
class LiveReloadTest {

    @TempDir
    Path dir;

    @Test
    void saving_a_new_rule_activates_a_new_version_and_a_broken_save_keeps_it_serving() throws Exception {
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);
        try (RoutingEngine engine = RoutingEngine.start(new RulesConfig(dir, Duration.ofMillis(100)))) {
            List<ActiveRuleset> activations = new CopyOnWriteArrayList<>();
            engine.onActivation(activations::add);
            String shipped = engine.active().hash();
            assertThat(engine.active().source()).isEqualTo(dir.toAbsolutePath().normalize().toString());
            assertThat(engine.route(Proposals.talent(1)).recommendation("P16")).isEmpty();

            rules.addP16();
            await(() -> !engine.active().hash().equals(shipped) && engine.active().files().containsKey("p16-talent.drl"));

            String withP16 = engine.active().hash();
            assertThat(engine.route(Proposals.talent(1)).recommendation("P16")).isPresent();
            assertThat(engine.route(Proposals.talent(1)).rulesetHash()).isEqualTo(withP16);
            assertThat(activations).extracting(ActiveRuleset::hash).containsExactly(withP16);
            assertThat(engine.active().files()).containsKey("p16-talent.drl");

            rules.write("p16-talent.drl", RulesDirectory.P16.replace("Proposal($id : id,", "Proposal($id : id,,"));
            await(() -> !engine.lastProblems().isEmpty());

            assertThat(engine.active().hash()).isEqualTo(withP16);
            assertThat(engine.lastProblems()).first().asString().matches("p16-talent\\.drl:\\d+:\\d+ .+");
            assertThat(engine.route(Proposals.talent(1)).recommendation("P16")).isPresent();
            assertThat(activations).hasSize(1);
        }
    }

    @Test
    void routing_during_swaps_never_fails_and_never_mixes_two_versions() throws Exception {
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            String withoutP16 = engine.active().hash();
            rules.addP16();
            engine.reload();
            String withP16 = engine.active().hash();
            assertThat(withP16).isNotEqualTo(withoutP16);

            AtomicBoolean swapping = new AtomicBoolean(true);
            List<String> violations = new CopyOnWriteArrayList<>();
            ExecutorService routers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> routed = new ArrayList<>();
            List<Proposal> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(i % 2 == 0 ? Proposals.talent(i) : Proposals.smeAsking(i, 8));
            }
            for (int t = 0; t < 2; t++) {
                routed.add(routers.submit(() -> {
                    int calls = 0;
                    while (swapping.get() || calls < 5) {
                        List<RoutedProposal> results = engine.routeAll(batch);
                        calls++;
                        String hash = results.get(0).rulesetHash();
                        for (RoutedProposal r : results) {
                            if (!r.rulesetHash().equals(hash)) {
                                violations.add("one batch routed by two versions");
                            }
                            boolean talent = r.proposalId() % 2 == 0;
                            boolean p16 = r.recommendation("P16").isPresent();
                            if (talent && p16 != hash.equals(withP16)) {
                                violations.add("P16 " + (p16 ? "given" : "missing") + " under " + hash);
                            }
                        }
                    }
                    return calls;
                }));
            }
            for (int swap = 0; swap < 6; swap++) {
                if (swap % 2 == 0) {
                    rules.removeP16();
                } else {
                    rules.addP16();
                }
                assertThat(engine.reload().activated()).isTrue();
            }
            swapping.set(false);
            int calls = 0;
            for (Future<Integer> f : routed) {
                calls += f.get(60, TimeUnit.SECONDS);
            }
            routers.shutdown();

            assertThat(violations).isEmpty();
            assertThat(calls).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void unchanged_directory_does_not_activate_again() {
        RulesDirectory.copyOfShipped(dir);
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            ActivationResult again = engine.reload();

            assertThat(again.activated()).isFalse();
            assertThat(again.problems()).isEmpty();
            assertThat(again.ruleset()).isEqualTo(engine.active());
        }
    }

    @Test
    void refused_directory_at_start_falls_back_to_the_shipped_ruleset_and_says_why() {
        RulesDirectory.copyOfShipped(dir).write("broken.drl", "rule \"R-TST-01 x\" when Proposal( then end");
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            assertThat(engine.active().source()).startsWith("classpath:");
            assertThat(engine.lastProblems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl"));
            assertThat(engine.route(Proposals.smeAsking(1, 8)).recommendation("P01")).isPresent();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the watcher").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
