package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An engine whose first ruleset is still compiling (the application compiles it in the background while it
 * starts, docs/decisions/051): routing waits for it instead of failing, the readiness question never waits,
 * and if no ruleset will come the waiting callers are told why.
 */
class AwaitingEngineTest {

    @Test
    void routing_waits_for_the_first_ruleset_and_then_routes_with_it() throws Exception {
        Compilation shipped = RoutingEngine.compile(RulesetContent.shipped());
        try (RoutingEngine engine = RoutingEngine.awaiting()) {
            assertThat(engine.isServing()).isFalse();
            CompletableFuture<RoutedProposal> waiting = CompletableFuture.supplyAsync(() -> engine.route(Proposals.talent(1)));
            Thread.sleep(200);
            assertThat(waiting).as("no ruleset yet: the call waits").isNotDone();

            assertThat(engine.serve(shipped.router())).isTrue();

            assertThat(waiting.get(30, TimeUnit.SECONDS).rulesetHash()).isEqualTo(shipped.hash());
            assertThat(engine.isServing()).isTrue();
            assertThat(engine.active().hash()).isEqualTo(shipped.hash());
        }
    }

    @Test
    void when_no_ruleset_will_come_the_waiting_callers_are_told_why() throws Exception {
        try (RoutingEngine engine = RoutingEngine.awaiting()) {
            CompletableFuture<RoutedProposal> waiting = CompletableFuture.supplyAsync(() -> engine.route(Proposals.talent(1)));
            Thread.sleep(200);

            engine.cannotServe(new IllegalStateException("version #7 does not compile with this release"));

            assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).hasRootCauseMessage(
                    "version #7 does not compile with this release");
            assertThatThrownBy(engine::active).hasMessageContaining("version #7 does not compile");
            assertThat(engine.isServing()).isFalse();
        }
    }

    @Test
    void the_first_ruleset_served_is_no_activation_for_the_listeners_a_later_one_is() {
        Compilation shipped = RoutingEngine.compile(RulesetContent.shipped());
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RoutingEngine engine = RoutingEngine.awaiting()) {
            engine.onActivation(active -> told.add(active.hash()));
            engine.serve(shipped.router());
            assertThat(told).isEmpty();

            Compilation again = RoutingEngine.compile(RulesetContent.shipped());
            engine.serve(again.router());
            assertThat(told).containsExactly(again.hash());
        }
    }
}
