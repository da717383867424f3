package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that fails on one item of a batch does not sink the batch: that item is stored as 미분류 with the
 * failing rule named (in the batch result, the proposal's JSON and its RECEIVE entry), every other item is
 * stored and routed, and the answer is 200.
 */
class RuleFailureIntakeTest {

    static final String FAILS_ON_TITLE = """
            package kr.oneteam.rules.policy;

            import kr.oneteam.rules.fact.*;
            import kr.oneteam.rules.outcome.*;
            import kr.oneteam.domain.vocabulary.*;

            rule "R-TST-01 divides by zero for one title"
            when
                Proposal($id : id, title == "boom" || title == "almost boom", $t : title)
            then
                insert(new Contribution($id, "P01", Eligibility.ELIGIBLE, "R-TST-01", "x" + (1 / ($t.length() - 4))));
            end
            """;

    /**
     * The gate admits a rule only if a scenario fires it (coverage): "almost boom" fires it without failing, so
     * the rule goes live and fails in production on the one title no scenario had.
     */
    private static final String FAILS_ON_TITLE_SCENARIOS = """
            case,description,proposal,expect
            R-TST-01 fires: almost boom,,categories=AI_ADOPTION; title=almost boom,P01 ELIGIBLE says=x0; ...
            """;

    @TempDir
    Path rulesDir;

    @Test
    void an_item_a_rule_fails_on_is_stored_unclassified_with_the_rule_named_and_the_batch_goes_on() throws IOException {
        String base = "kr/oneteam/rules/policy/";
        for (String file : resource(base + "ruleset.index").lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            Path target = rulesDir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, resource(base + file));
        }
        Files.writeString(rulesDir.resolve("scenarios/zz-fails.csv"), FAILS_ON_TITLE_SCENARIOS);
        Files.writeString(rulesDir.resolve("zz-fails.drl"), FAILS_ON_TITLE);
        try (StandaloneApp app = StandaloneApp.start(null, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:failure-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=" + rulesDir, "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4")) {
            Api api = app.api();
            awaitDirectoryPublished(api);
            ArrayNode batch = JsonNodeFactory.instance.arrayNode();
            batch.add(Api.demoProposal(0, "FAIL-0"));
            ObjectNode boom = Api.demoProposal(0, "FAIL-1");
            boom.put("title", "boom");
            batch.add(boom);
            batch.add(Api.demoProposal(2, "FAIL-2"));

            Api.Reply reply = api.post("intake", "/api/proposals/batch", batch);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode results = reply.json().get("results");
            results.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("created"));
            assertThat(results.get(1).get("routingFailure").asText()).startsWith("R-TST-01");
            assertThat(results.get(0).has("routingFailure")).isFalse();
            JsonNode failed = api.get("officer", "/api/proposals/" + results.get(1).get("id").asLong()).json();
            assertThat(failed.get("routingFailure").asText()).startsWith("R-TST-01");
            assertThat(failed.get("recommendations")).isEmpty();
            JsonNode routed = api.get("officer", "/api/proposals/" + results.get(2).get("id").asLong()).json();
            assertThat(routed.get("recommendations")).isNotEmpty();
            assertThat(routed.get("routingFailure").isNull()).isTrue();
            String receipt = app.bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "select after_state from audit_entry where action = 'RECEIVE' and proposal_id = ?", String.class,
                    results.get(1).get("id").asLong());
            assertThat(receipt).contains("\"failure\":\"R-TST-01");
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RuleFailureIntakeTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The rules directory is an import channel (decision 050): the app starts with the seed and publishes the
     * directory's content moments later, off the start-up thread. Routing before that would use the seed.
     */
    private static void awaitDirectoryPublished(Api api) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!"DIRECTORY".equals(api.get("analyst", "/api/ruleset").json().get("source").asText())) {
            assertThat(System.nanoTime()).as("the rules directory published within 180 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
