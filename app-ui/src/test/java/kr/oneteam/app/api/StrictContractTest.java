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
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings of issue 8 about a contract looser than INTAKE.md, one test each: what was accepted or answered
 * 500 is now refused by field with 400 problem+json (or 413/415/404/406), and nothing of it is stored.
 */
@ApiTest
class StrictContractTest {

    private static final AtomicInteger REFS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static String ref() {
        return "STRICT-" + REFS.incrementAndGet();
    }

    private Api.Reply submitRaw(String body) {
        return api.post("intake", "/api/proposals", body);
    }

    private static String valid() {
        return ValidationRulesTest.valid().toString();
    }

    private void assertRefused(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(ValidationRulesTest.fields(reply.json())).as(reply.body()).containsExactly(field);
    }

    @Test
    void content_after_the_json_value_is_refused() {
        long before = count();
        assertRefused(submitRaw(valid() + " {\"more\": 1}"), "$");
        assertRefused(submitRaw(valid() + "garbage"), "$");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_key_twice_in_one_object_is_refused_at_that_key() {
        String twice = valid().replaceFirst("\"title\":", "\"title\":\"첫째\",\"title\":");
        assertRefused(submitRaw(twice), "title");
        String nested = valid().replaceFirst("\"sizeClass\":\"SME\"", "\"sizeClass\":\"SME\",\"sizeClass\":\"LARGE\"");
        assertRefused(submitRaw(nested), "company.sizeClass");
    }

    @Test
    void control_characters_other_than_tab_and_newline_are_refused_by_field() {
        ObjectNode p = ValidationRulesTest.valid();
        p.put("title", "제목\u0000끝");
        assertRefused(api.post("intake", "/api/proposals", p), "title");
        p = ValidationRulesTest.valid();
        ((ObjectNode) p.get("company")).put("name", "회사\u001b[31m");
        assertRefused(api.post("intake", "/api/proposals", p), "company.name");
        p = ValidationRulesTest.valid();
        p.put("text", "첫 줄\n\t둘째 줄");
        assertThat(api.post("intake", "/api/proposals", p).status()).isEqualTo(201);
    }

    @Test
    void a_lone_surrogate_is_refused_by_field() {
        String lone = valid().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\\\\ud800 제목\"");
        assertRefused(submitRaw(lone), "title");
    }

    @Test
    void a_number_too_large_for_its_field_is_refused_by_field_not_by_a_500() {
        assertRefused(submitRaw(valid().replaceFirst("\"powerMw\":2.5", "\"powerMw\":1e400")), "infra.powerMw");
        assertRefused(submitRaw(valid().replaceFirst("\"quantity\":8", "\"quantity\":1e400")), "compute.quantity");
        assertRefused(submitRaw(valid().replaceFirst("\"requestedAmountKrw\":50000000",
                "\"requestedAmountKrw\":123456789012345678901234567890")), "requestedAmountKrw");
        assertRefused(submitRaw(valid().replaceFirst("\"powerMw\":2.5", "\"powerMw\":1.00005")), "infra.powerMw");
    }

    @Test
    void receivedAt_before_2000_is_refused() {
        ObjectNode p = ValidationRulesTest.valid();
        p.put("receivedAt", "-999999999-01-01T00:00:00Z");
        assertRefused(api.post("intake", "/api/proposals", p), "receivedAt");
        p.put("receivedAt", "1999-12-31T23:59:59+09:00");
        assertRefused(api.post("intake", "/api/proposals", p), "receivedAt");
    }

    @Test
    void global_needs_at_least_one_target_country() {
        ObjectNode p = ValidationRulesTest.valid();
        ((ObjectNode) p.get("global")).putArray("targetCountries");
        assertRefused(api.post("intake", "/api/proposals", p), "global.targetCountries");
    }

    @Test
    void the_empty_body_400_names_no_java_method() {
        Api.Reply reply = submitRaw("");
        assertRefused(reply, "$");
        assertThat(reply.body()).doesNotContain("kr.oneteam").doesNotContain("java.").doesNotContain("ProposalController");
    }

    @Test
    void a_body_that_is_not_json_is_415_problem_json() {
        Api.Reply reply = api.call(org.springframework.http.HttpMethod.POST, "intake", "/api/proposals", null, null);
        assertThat(reply.status()).isIn(400, 415);
        var request = org.springframework.web.client.RestClient.create("http://localhost:" + port).post()
                .uri("/api/proposals").header("Authorization", basic("intake"))
                .contentType(org.springframework.http.MediaType.TEXT_PLAIN).body("hello");
        int[] status = new int[1];
        String[] type = new String[1];
        request.exchange((req, res) -> {
            status[0] = res.getStatusCode().value();
            type[0] = String.valueOf(res.getHeaders().getContentType());
            return null;
        });
        assertThat(status[0]).isEqualTo(415);
        assertThat(type[0]).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_proposal_and_an_unacceptable_format_are_problem_json() {
        Api.Reply missing = api.get("officer", "/api/proposals/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
        var reply = org.springframework.web.client.RestClient.create("http://localhost:" + port).get()
                .uri("/api/proposals/987654321").header("Authorization", basic("officer"))
                .header("Accept", "application/xml");
        int[] status = new int[1];
        reply.exchange((req, res) -> {
            status[0] = res.getStatusCode().value();
            return null;
        });
        assertThat(status[0]).isIn(404, 406);
    }

    @Test
    void a_page_far_beyond_the_last_is_an_empty_page_not_a_500() {
        Api.Reply reply = api.get("officer", "/api/proposals?size=500&page=99999999");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("content")).isEmpty();
        assertThat(reply.json().at("/page/number").asLong()).isEqualTo(99_999_999L);
        assertRefused(api.get("officer", "/api/proposals?programme=%25"), "programme");
    }

    @Test
    void a_declared_body_over_2_mb_is_413_before_it_is_read() throws Exception {
        String answer = rawPost("/api/proposals", 3L * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json");
        assertThat(rawPost("/api/proposals/batch", 65L * 1024 * 1024)).startsWith("HTTP/1.1 413");
    }

    @Test
    void an_undeclared_body_over_2_mb_is_413_once_the_limit_is_passed() {
        ObjectNode p = ValidationRulesTest.valid();
        p.put("text", "가".repeat(800_000));   // 2.4 MB of UTF-8, sent with a declared length by the client library
        Api.Reply reply = api.post("intake", "/api/proposals", p);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void whatever_the_contract_accepts_is_stored_in_full() {
        ObjectNode p = longest(ref());
        Api.Reply created = api.post("intake", "/api/proposals", p);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode read = api.get("officer", "/api/proposals/" + created.json().get("id").asLong()).json();
        assertThat(read.get("title").asText()).isEqualTo(p.get("title").asText());
        assertThat(read.at("/company/name").asText()).isEqualTo(p.at("/company/name").asText());
        assertThat(read.get("text").asText()).isEqualTo(p.get("text").asText());
        assertThat(read.at("/procurement/targetAgencies")).isEqualTo(p.at("/procurement/targetAgencies"));
        assertThat(read.get("consortium")).hasSize(50);
        assertThat(read.at("/consortium/49/name").asText()).isEqualTo(p.at("/consortium/49/name").asText());
        assertThat(read.get("externalRef").asText()).isEqualTo(p.get("externalRef").asText());
    }

    /** Every text at its longest, in characters that are two UTF-16 units each, every list at its longest. */
    static ObjectNode longest(String ref) {
        ObjectNode p = ValidationRulesTest.valid();
        String emoji = "😀";
        p.put("externalRef", ref + "-" + emoji.repeat(64 - ref.length() - 1));
        p.put("title", emoji.repeat(200));
        p.put("text", emoji.repeat(20_000));
        ((ObjectNode) p.get("company")).put("name", emoji.repeat(199) + ref.charAt(ref.length() - 1)).remove("bizRegNo");
        ArrayNode agencies = ((ObjectNode) p.get("procurement")).putArray("targetAgencies");
        for (int i = 0; i < 20; i++) {
            agencies.add(emoji.repeat(99) + i % 10);
        }
        ArrayNode members = p.putArray("consortium");
        for (int i = 0; i < 50; i++) {
            members.addObject().put("name", emoji.repeat(198) + (10 + i)).put("sizeClass", "SME").put("role", "MEMBER");
        }
        return p;
    }

    @Test
    void proposals_without_an_externalRef_are_taken_one_by_one_and_in_a_batch() {
        ObjectNode p = Api.demoProposal(5, "unused");
        p.remove("externalRef");
        assertThat(api.post("intake", "/api/proposals", p).status()).isEqualTo(201);
        Api.Reply batch = api.post("intake", "/api/proposals/batch", JsonNodeFactory.instance.arrayNode().add(p).add(p));
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        batch.json().get("results").forEach(r -> assertThat(r.get("status").asText()).isEqualTo("created"));
    }

    @Test
    void a_batch_of_longest_proposals_is_stored_item_by_item_and_never_answers_500() {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        batch.add(longest(ref()));
        batch.add(longest(ref()));
        Api.Reply reply = api.post("intake", "/api/proposals/batch", batch);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        reply.json().get("results").forEach(r -> assertThat(r.get("status").asText()).isEqualTo("created"));
    }

    @Test
    void every_stored_proposal_has_a_receive_entry_with_its_ruleset_and_recommendations() {
        long id = api.post("intake", "/api/proposals", Api.demoProposal(2, ref())).json().get("id").asLong();

        var entries = jdbc.queryForList("select actor, action, after_state from audit_entry where proposal_id = ?", id);

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("action")).isEqualTo("RECEIVE");
        assertThat(entries.get(0).get("actor")).isEqualTo("intake");
        assertThat((String) entries.get(0).get("after_state")).contains("\"ruleset\":{\"id\":").contains("sha256:")
                .contains("\"recommendations\":[{\"programme\":\"P");
    }

    @Test
    void a_preview_routes_like_a_submission_and_stores_nothing() {
        long before = count();
        ObjectNode proposal = Api.demoProposal(2, ref());
        Api.Reply single = api.post("intake", "/api/routing/preview", proposal);
        assertThat(single.status()).as(single.body()).isEqualTo(200);
        assertThat(single.json().at("/ruleset/hash").asText()).startsWith("sha256:");
        JsonNode previewed = single.json().get("recommendations");
        assertThat(previewed).isNotEmpty();

        ArrayNode many = JsonNodeFactory.instance.arrayNode().add(proposal).add(JsonNodeFactory.instance.objectNode());
        JsonNode results = api.post("analyst", "/api/routing/preview", many).json().get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("routed");
        assertThat(results.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(count()).isEqualTo(before);

        long id = api.post("intake", "/api/proposals", proposal).json().get("id").asLong();
        assertThat(api.get("officer", "/api/proposals/" + id).json().get("recommendations")).isEqualTo(previewed);
        ObjectNode broken = proposal.deepCopy();
        broken.remove("title");
        assertRefused(api.post("intake", "/api/routing/preview", broken), "title");
        assertThat(api.post("officer", "/api/routing/preview", proposal).status()).isEqualTo(200);
    }

    @Test
    void an_analyst_previews_with_a_stored_ruleset_version_and_others_may_not() {
        ObjectNode proposal = Api.demoProposal(2, ref());
        long active = api.get("analyst", "/api/ruleset").json().get("id").asLong();
        JsonNode withActive = api.post("analyst", "/api/routing/preview", proposal).json();

        Api.Reply byVersion = api.post("analyst", "/api/routing/preview?ruleset=" + active, proposal);

        assertThat(byVersion.status()).as(byVersion.body()).isEqualTo(200);
        assertThat(byVersion.json().get("recommendations")).isEqualTo(withActive.get("recommendations"));
        assertThat(api.post("intake", "/api/routing/preview?ruleset=" + active, proposal).status()).isEqualTo(403);
        Api.Reply unknown = api.post("analyst", "/api/routing/preview?ruleset=987654", proposal);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from proposal", Long.class);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Declares a large body, sends none of it, and reads what the server answers. */
    private String rawPost(String path, long declaredLength) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic("intake")
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + declaredLength + "\r\n\r\n[")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n = in.read(buffer);
            return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        }
    }
}
