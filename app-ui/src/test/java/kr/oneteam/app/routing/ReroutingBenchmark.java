package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.rules.Router;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-routing after an activation, on in-memory H2: N open proposals, a new version published, the pass timed;
 * in the same run, routing the same proposals' facts with the same router and nothing stored, for the ratio.
 * Not part of {@code mvn verify}:
 *
 * <pre>
 * mvn -B -pl app-ui -am test -Dgroups=benchmark -Dtest=ReroutingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.excludedGroups=none [-Dbenchmark.size=N]
 * </pre>
 */
@Tag("benchmark")
class ReroutingBenchmark {

    @Test
    void rerouting_prints_proposals_per_second_and_the_ratio_to_routing_alone() {
        int size = Integer.getInteger("benchmark.size", 5_000);
        try (StandaloneApp app = StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:reroute-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=",
                "--oneteam.rules.reroute-sweep=PT1H",
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4",
                System.getProperty("benchmark.arg", "--oneteam.benchmark=plain"))) {
            Api api = app.api();
            for (int from = 0; from < size; from += 5_000) {
                ArrayNode batch = JsonNodeFactory.instance.arrayNode();
                for (int i = from; i < Math.min(size, from + 5_000); i++) {
                    batch.add(Api.demoProposal(i % 13, "BENCH-" + i));
                }
                assertThat(api.post("intake", "/api/proposals/batch", batch).status()).isIn(200, 201, 207);
            }
            RulesetPublication.Publication published = app.bean(RulesetPublication.class).publish(
                    RulesFolder.shippedWith("p06-procurement.drl", kr.oneteam.rules.RulesetContent.shipped().files()
                            .get("p06-procurement.drl") + "\n// a new version, the same rules\n"),
                    RulesetSource.WORKSPACE, "analyst", "admin", "benchmark");
            assertThat(published.outcome()).as(published.problems().toString())
                    .isEqualTo(RulesetPublication.Outcome.ACTIVATED);
            Rerouting rerouting = app.bean(Rerouting.class);
            RulesFolder.await("the publisher's own pass", 600, () -> rerouting.lastReport()
                    .filter(r -> r.versionId() == published.versionId()).isPresent());
            Rerouting.Report pass = rerouting.lastReport().orElseThrow();

            // Routing alone, the same proposals, the same router, nothing stored.
            Router router = app.bean(ServedRuleset.class).current().router();
            List<kr.oneteam.rules.fact.Proposal> facts = app.bean(TransactionTemplate.class).execute(tx ->
                    app.bean(jakarta.persistence.EntityManager.class)
                            .createQuery("select p from Proposal p join fetch p.company order by p.id", Proposal.class)
                            .getResultList().stream().map(p -> RulesFacts.of(p.getId(), ProposalEntities.toForm(p))).toList());
            long started = System.nanoTime();
            router.routeAll(facts);
            double routingMs = (System.nanoTime() - started) / 1e6;

            System.out.printf("ReroutingBenchmark: %d proposals re-routed in %d ms = %.0f proposals/s;"
                            + " routing them alone %.0f ms = %.0f proposals/s; ratio %.1f%n",
                    pass.rerouted(), pass.elapsedMillis(), pass.rerouted() * 1000.0 / pass.elapsedMillis(),
                    routingMs, facts.size() * 1000.0 / routingMs, pass.elapsedMillis() / routingMs);
            assertThat(pass.rerouted()).isEqualTo(size);
        }
    }
}
