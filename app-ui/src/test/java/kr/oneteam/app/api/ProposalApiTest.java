package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import kr.oneteam.rules.RoutingEngine;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposal endpoints of INTAKE.md: shapes, statuses, idempotency and what is (not) stored. */
@ApiTest
class ProposalApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoutingEngine engine;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static String ref() {
        return "T-" + UUID.randomUUID();
    }

    @Test
    void a_submitted_proposal_is_routed_stored_and_answered_201_with_its_location_and_recommendations() {
        ObjectNode proposal = Api.demoProposal(2, ref()); // 퓨리오사AI: public demand for domestic NPUs

        Api.Reply created = api.post("intake", "/api/proposals", proposal);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.headers().getLocation()).hasToString("/api/proposals/" + id);
        assertThat(body.get("status").asText()).isEqualTo("AWAITING_REVIEW");
        assertThat(body.get("externalRef").asText()).isEqualTo(proposal.get("externalRef").asText());
        assertThat(body.at("/company/name").asText()).isEqualTo(proposal.at("/company/name").asText());
        assertThat(body.at("/procurement/targetAgencies")).isEqualTo(proposal.at("/procurement/targetAgencies"));
        assertThat(body.at("/ruleset/id").asLong()).isPositive();
        assertThat(body.at("/ruleset/hash").asText()).startsWith("sha256:");
        assertThat(body.get("recommendations")).isNotEmpty();
        JsonNode p06 = recommendation(body, "P06");
        assertThat(p06.get("eligibility").asText()).isEqualTo("ELIGIBLE");
        assertThat(p06.get("rules").toString()).contains("R-PRC-01");
        assertThat(p06.at("/reasons/0/rule").asText()).isNotBlank();
        assertThat(p06.get("decision").isNull()).isTrue();

        Api.Reply fetched = api.get("analyst", "/api/proposals/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(body);
    }

    @Test
    void allocations_show_only_what_the_programme_allocates() {
        ObjectNode proposal = Api.demoProposal(0, ref());
        ((ObjectNode) proposal.get("compute")).put("quantity", 8).put("months", 6);

        JsonNode body = api.post("officer", "/api/proposals", proposal).json();

        JsonNode p01 = recommendation(body, "P01");
        assertThat(p01.get("allocation").get("gpus").asInt()).isEqualTo(8);
        assertThat(p01.get("allocation").get("months").asInt()).isEqualTo(4);
        assertThat(p01.get("allocation").has("krw")).isFalse();
    }

    @Test
    void resubmitting_an_externalRef_answers_409_with_the_existing_id_and_stores_nothing_new() {
        ObjectNode proposal = Api.demoProposal(1, ref());
        long id = api.post("intake", "/api/proposals", proposal).json().get("id").asLong();
        long before = count("proposal");

        Api.Reply again = api.post("intake", "/api/proposals", proposal);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
        assertThat(again.json().get("existingId").asLong()).isEqualTo(id);
        assertThat(count("proposal")).isEqualTo(before);
    }

    @Test
    void a_rejected_proposal_leaves_every_table_unchanged() {
        Map<String, Long> before = counts();
        ObjectNode proposal = Api.demoProposal(2, ref());
        ((ObjectNode) proposal.get("company")).put("name", "새 회사").put("sizeClass", "GIANT");

        assertThat(api.post("intake", "/api/proposals", proposal).status()).isEqualTo(400);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_batch_answers_one_result_per_item_in_order_and_stores_only_the_valid_ones() {
        String dup = ref();
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        batch.add(Api.demoProposal(3, dup));
        ObjectNode invalid = Api.demoProposal(4, ref());
        invalid.remove("title");
        ((ObjectNode) invalid.get("company")).put("nickname", "x");
        batch.add(invalid);
        batch.add(Api.demoProposal(5, dup));
        batch.add(Api.demoProposal(8, ref()));
        Map<String, Long> before = counts();

        Api.Reply reply = api.post("intake", "/api/proposals/batch", batch);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("status").asText()).isEqualTo("created");
        assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(ValidationRulesTest.fields(results.get(1))).containsExactlyInAnyOrder("title", "company.nickname");
        assertThat(results.get(2).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(2).get("existingId").asLong()).isEqualTo(results.get(0).get("id").asLong());
        assertThat(results.get(3).get("status").asText()).isEqualTo("created");
        for (int i = 0; i < 4; i++) {
            assertThat(results.get(i).get("index").asInt()).isEqualTo(i);
        }
        assertThat(count("proposal")).isEqualTo(before.get("proposal") + 2);
        long firstId = results.get(0).get("id").asLong();
        assertThat(api.get("officer", "/api/proposals/" + firstId).json().get("recommendations")).isNotEmpty();
    }

    @Test
    void a_batch_item_whose_externalRef_is_already_stored_is_a_duplicate_with_the_existing_id() {
        ObjectNode stored = Api.demoProposal(9, ref());
        long id = api.post("intake", "/api/proposals", stored).json().get("id").asLong();

        JsonNode result = api.post("intake", "/api/proposals/batch",
                JsonNodeFactory.instance.arrayNode().add(stored)).json().at("/results/0");

        assertThat(result.get("status").asText()).isEqualTo("duplicate");
        assertThat(result.get("existingId").asLong()).isEqualTo(id);
    }

    @Test
    void a_batch_that_is_not_an_array_is_a_problem() {
        Api.Reply reply = api.post("intake", "/api/proposals/batch", Api.demoProposal(0, ref()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void the_list_is_paged_filtered_and_refuses_pages_larger_than_500() {
        api.post("intake", "/api/proposals", Api.demoProposal(2, ref()));

        JsonNode page = api.get("officer", "/api/proposals?status=AWAITING_REVIEW&programme=P06&page=0&size=2").json();
        assertThat(page.get("content")).isNotEmpty();
        page.get("content").forEach(row -> {
            assertThat(row.get("status").asText()).isEqualTo("AWAITING_REVIEW");
            assertThat(row.get("programmes").toString()).contains("P06");
            assertThat(row.has("title") && row.has("company") && row.has("receivedAt")).isTrue();
        });
        assertThat(page.at("/page/number").asInt()).isZero();
        assertThat(page.at("/page/size").asInt()).isEqualTo(2);
        assertThat(page.at("/page/totalElements").asLong()).isPositive();
        assertThat(page.at("/page/totalPages").asInt()).isPositive();

        Api.Reply tooLarge = api.get("officer", "/api/proposals?size=501");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(ValidationRulesTest.fields(tooLarge.json())).containsExactly("size");
        Api.Reply badStatus = api.get("officer", "/api/proposals?status=SLEEPING");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("AWAITING_REVIEW");
    }

    @Test
    void an_unknown_proposal_is_404() {
        assertThat(api.get("officer", "/api/proposals/999999999").status()).isEqualTo(404);
    }

    @Test
    void the_catalogue_shows_remaining_capacity_and_the_active_ruleset_is_shown() {
        JsonNode programmes = api.get("intake", "/api/programmes").json();
        JsonNode p01 = null;
        for (JsonNode p : programmes) {
            if (p.get("code").asText().equals("P01")) {
                p01 = p;
            }
        }
        assertThat(programmes).hasSizeGreaterThanOrEqualTo(16);
        assertThat(p01).isNotNull();
        assertThat(p01.get("remaining").asLong()).isEqualTo(p01.get("capacity").asLong() - p01.get("reserved").asLong());

        JsonNode ruleset = api.get("intake", "/api/ruleset").json();
        assertThat(ruleset.get("id").asLong()).isPositive();
        assertThat(ruleset.get("hash").asText()).startsWith("sha256:");
        assertThat(ruleset.get("ruleCount").asInt()).isEqualTo(engine.active().ruleCount());
        assertThat(ruleset.get("publishedBy").asText()).isEqualTo("system");
        assertThat(ruleset.hasNonNull("publishedAt")).isTrue();

        JsonNode problems = api.get("analyst", "/api/ruleset/problems").json();
        assertThat(problems.get("problems").isArray()).isTrue();
    }

    static JsonNode recommendation(JsonNode proposal, String programme) {
        for (JsonNode r : proposal.get("recommendations")) {
            if (r.get("programme").asText().equals(programme)) {
                return r;
            }
        }
        throw new AssertionError("no " + programme + " in " + proposal.get("recommendations"));
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    Map<String, Long> counts() {
        return Map.of("proposal", count("proposal"), "company", count("company"),
                "recommendation", count("recommendation"), "proposal_consortium", count("proposal_consortium"),
                "ruleset_version", count("ruleset_version"));
    }
}
