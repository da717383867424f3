package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/ruleset/coverage} (issue 7 D6) on a context of its own, so that exactly the 13 demo proposals
 * are stored: every rule of the active version with file:line, the scenario cases that fire it, and on how many
 * stored proposals it fires under that version. Numbers read off the demo data: PUBLIC_DEMAND is asked by
 * 퓨리오사AI, 리벨리온 and 이스트소프트 (R-PRC-01 fires on 3); all 13 were received on 2025-07-08, before the AI
 * Basic Act date R-PRC-02 waits for (0).
 */
@ApiTest
@TestPropertySource(properties = "oneteam.test.context=ruleset-coverage")
@DirtiesContext
class RulesetCoverageApiTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void each_rule_of_the_active_version_lists_its_cases_and_the_demo_proposals_it_fires_on() {
        JsonNode table = coverage("analyst");
        JsonNode active = api.get("analyst", "/api/ruleset").json();

        assertThat(table.get("versionId").asLong()).isEqualTo(active.get("id").asLong());
        assertThat(table.get("hash").asText()).isEqualTo(active.get("hash").asText());
        assertThat(table.get("storedProposals").asLong()).isEqualTo(13);
        assertThat(table.get("rules")).hasSize(active.get("ruleCount").asInt());
        assertThat(table.get("rules")).allSatisfy(rule -> {
            assertThat(rule.get("file").asText()).endsWith(".drl");
            assertThat(rule.get("line").asInt()).isPositive();
            assertThat(rule.get("scenarios")).as("the gate admits no rule without a case: %s", rule).isNotEmpty();
            assertThat(rule.get("storedProposals").asLong()).isBetween(0L, 13L);
        });

        JsonNode procurement = rule(table, "R-PRC-01");
        assertThat(procurement.get("file").asText()).endsWith("p06-procurement.drl");
        assertThat(procurement.get("line").asInt()).isEqualTo(9);
        assertThat(procurement.get("scenarios").get(0).asText()).contains("scenarios/");
        assertThat(procurement.get("storedProposals").asLong()).isEqualTo(3);
        assertThat(rule(table, "R-PRC-02").get("storedProposals").asLong()).isZero();
    }

    @Test
    void a_newly_stored_proposal_is_counted_at_the_next_request() {
        JsonNode before = coverage("admin");
        // 퓨리오사AI's public-demand proposal once more, under a new reference.
        Api.Reply created = api.post("intake", "/api/proposals", Api.demoProposal(2, "COV-" + UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonNode after = coverage("admin");

        assertThat(after.get("storedProposals").asLong()).isEqualTo(before.get("storedProposals").asLong() + 1);
        assertThat(rule(after, "R-PRC-01").get("storedProposals").asLong())
                .isEqualTo(rule(before, "R-PRC-01").get("storedProposals").asLong() + 1);
        assertThat(rule(after, "R-PRC-02").get("storedProposals").asLong()).isZero();
    }

    @Test
    void officers_and_machine_clients_are_refused_with_problem_json() {
        for (String user : new String[] {"officer", "intake"}) {
            Api.Reply reply = api.get(user, "/api/ruleset/coverage");
            assertThat(reply.status()).as(user).isEqualTo(403);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(api.get(null, "/api/ruleset/coverage").status()).isEqualTo(401);
    }

    private JsonNode coverage(String user) {
        Api.Reply reply = api.get(user, "/api/ruleset/coverage");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode rule(JsonNode table, String ruleId) {
        return StreamSupport.stream(table.get("rules").spliterator(), false)
                .filter(r -> r.get("ruleId").asText().equals(ruleId))
                .findFirst().orElseThrow(() -> new AssertionError("no rule " + ruleId + " in " + table));
    }
}
