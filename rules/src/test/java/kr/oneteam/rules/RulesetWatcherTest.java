package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher outlives whatever a reload throws, retries a refusal once, and notices a directory that appears. */
class RulesetWatcherTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(100);

    @TempDir
    Path dir;

    @Test
    void the_watcher_survives_any_throwable_reports_it_and_handles_the_next_save() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        List<Supplier<RulesetWatcher.Outcome>> behaviours = List.of(
                () -> { throw new StackOverflowError(); },
                () -> { throw new OutOfMemoryError("Java heap space"); },
                () -> { throw new IllegalStateException("from the gate"); },
                () -> RulesetWatcher.Outcome.SETTLED);
        try (RulesetWatcher watcher = RulesetWatcher.watch(dir, DEBOUNCE,
                () -> behaviours.get(Math.min(calls.getAndIncrement(), behaviours.size() - 1)).get(), reported::add)) {
            for (int save = 1; save <= 4; save++) {
                Files.writeString(dir.resolve("rules.drl"), "// save " + save);
                int expected = save;
                await(() -> calls.get() >= expected);
            }

            assertThat(reported).hasSize(3);
            assertThat(reported.get(0)).isInstanceOf(StackOverflowError.class);
            assertThat(reported.get(1)).isInstanceOf(OutOfMemoryError.class);
            assertThat(reported.get(2)).hasMessage("from the gate");
            assertThat(calls.get()).isEqualTo(4);
        }
    }

    @Test
    void a_refused_reload_is_tried_once_more_after_the_debounce_without_another_save() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (RulesetWatcher watcher = RulesetWatcher.watch(dir, DEBOUNCE, () -> {
            calls.incrementAndGet();
            return RulesetWatcher.Outcome.REFUSED;
        }, e -> { })) {
            Files.writeString(dir.resolve("half.drl"), "rule \"R-TST-01 half");
            await(() -> calls.get() >= 2);
            Thread.sleep(DEBOUNCE.toMillis() * 5);

            assertThat(calls.get()).as("one save, one retry, then quiet").isEqualTo(2);
        }
    }

    @Test
    void a_half_written_file_goes_live_once_it_is_complete() throws Exception {
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);
        try (RoutingEngine engine = RoutingEngine.start(new RulesConfig(dir, DEBOUNCE))) {
            String shipped = engine.active().hash();
            Path target = dir.resolve("p16-talent.drl");
            rules.write("scenarios/p16-talent.csv", RulesDirectory.P16_SCENARIOS); // every rule needs a scenario that fires it
            // An editor that writes in two steps, the second after the debounce has passed.
            Files.writeString(target, RulesDirectory.P16.substring(0, RulesDirectory.P16.length() / 2));
            await(() -> !engine.lastProblems().isEmpty());
            Files.writeString(target, RulesDirectory.P16);
            await(() -> !engine.active().hash().equals(shipped));

            assertThat(engine.lastProblems()).isEmpty();
            assertThat(engine.route(Proposals.talent(1)).recommendation("P16")).isPresent();
            assertThat(rules.path()).isEqualTo(dir);
        }
    }

    @Test
    void a_directory_that_appears_later_is_a_change() throws Exception {
        Path later = dir.resolve("rules-dir");
        AtomicInteger calls = new AtomicInteger();
        try (RulesetWatcher watcher = RulesetWatcher.watch(later, DEBOUNCE, () -> {
            calls.incrementAndGet();
            return RulesetWatcher.Outcome.SETTLED;
        }, e -> { })) {
            Thread.sleep(300);
            assertThat(calls.get()).isZero();

            Files.createDirectories(later);
            await(() -> calls.get() >= 1);
            Files.writeString(later.resolve("a.drl"), "x");
            await(() -> calls.get() >= 2);
        }
    }

    @Test
    void the_engine_clears_its_problems_as_soon_as_the_active_content_is_back() {
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            rules.write("broken.drl", RulesDirectory.HEADER + "rule \"R-TST-01 x\" when Proposal( then end");
            assertThat(engine.reload().problems()).isNotEmpty();
            assertThat(engine.lastProblems()).isNotEmpty();

            rules.delete("broken.drl");
            engine.reload();

            assertThat(engine.lastProblems()).isEmpty();
        }
    }

    /**
     * A bound on waiting, not a speed target: the watcher recompiles the ruleset, which took over 30 s on the
     * shared 2-core machine under load (CI once came close), so the bound is generous.
     */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 90 s for the watcher").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
