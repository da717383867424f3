package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch longer than one routing chunk (ProposalRouting.ROUTE_CHUNK, 1,000) is routed chunk by chunk on the
 * routing thread while earlier chunks are stored (decision 140). Every stored proposal must carry its own
 * outcome — the one a preview of the same items gives —, across chunk borders, with a rejected item and a
 * repeat inside the batch shifting the positions of the valid items.
 */
class ChunkedBatchIntakeTest {

    private static final int SIZE = 2_500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void each_item_of_a_batch_of_several_routing_chunks_is_stored_with_its_own_outcome() throws Exception {
        ArrayNode batch = BatchIntakeBenchmark.generate("CHUNK", SIZE);
        ((ObjectNode) batch.get(999)).remove("title");                 // rejected: the valid items after it shift
        ((ObjectNode) batch.get(1500)).put("externalRef", "CHUNK-10");  // a repeat of item 10 in the same batch
        try (StandaloneApp app = StandaloneApp.start(null, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:chunked-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=", "--oneteam.demo.proposals=false", "--oneteam.security.bcrypt-strength=4")) {
            Api api = app.api();
            Api.Reply preview = api.post("intake", "/api/routing/preview", batch);
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            Api.Reply stored = api.post("intake", "/api/proposals/batch", batch);
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);

            JsonNode results = stored.json().get("results");
            JsonNode previews = preview.json().get("results");
            assertThat(results).hasSize(SIZE);
            assertThat(results.get(999).get("status").asText()).isEqualTo("rejected");
            assertThat(results.get(1500).get("status").asText()).isEqualTo("duplicate");
            assertThat(results.get(1500).get("existingId").asLong()).isEqualTo(results.get(10).get("id").asLong());

            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Map<Long, String> refById = new HashMap<>();
            jdbc.query("select id, external_ref from proposal", rs -> {
                refById.put(rs.getLong(1), rs.getString(2));
            });
            Map<Long, String> receiptById = new HashMap<>();
            jdbc.query("select proposal_id, after_state from audit_entry where action = 'RECEIVE'", rs -> {
                receiptById.put(rs.getLong(1), rs.getString(2));
            });
            assertThat(refById).hasSize(SIZE - 2);
            int compared = 0;
            for (int i = 0; i < SIZE; i++) {
                JsonNode result = results.get(i);
                if (!result.get("status").asText().equals("created")) {
                    continue;
                }
                long id = result.get("id").asLong();
                assertThat(refById.get(id)).as("item %d's id", i).isEqualTo(batch.get(i).get("externalRef").asText());
                JsonNode receipt = JSON.readTree(receiptById.get(id));
                assertThat(outcome(receipt.get("recommendations"))).as("item %d's stored outcome", i)
                        .isEqualTo(outcome(previews.get(i).get("recommendations")));
                compared++;
            }
            assertThat(compared).isEqualTo(SIZE - 2);
        }
    }

    /** programme, eligibility and score of each recommendation, in order. */
    private static List<String> outcome(JsonNode recommendations) {
        List<String> lines = new ArrayList<>();
        recommendations.forEach(r -> lines.add(r.get("programme").asText() + " " + r.get("eligibility").asText()
                + " " + r.get("score").asInt()));
        return lines;
    }
}
