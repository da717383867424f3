package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of {@code POST /api/proposals/batch}: 10,000 generated valid proposals through the real
 * HTTP endpoint on in-memory H2, printed as proposals per second. Not part of {@code mvn verify}; run:
 * {@code mvn -pl app-ui -am test -Dgroups=benchmark -Dtest=BatchIntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@ApiTest
class BatchIntakeBenchmark {

    static final int SIZE = Integer.getInteger("benchmark.size", 10_000);

    @LocalServerPort
    int port;

    @Test
    void a_batch_of_ten_thousand_proposals_is_taken_in_and_its_rate_printed() {
        Api api = new Api(port);
        post(api, generate("WARMUP", Math.min(SIZE, 1_000))); // JIT, connection pool, Drools session warm

        ArrayNode batch = generate("BENCH", SIZE);
        long started = System.nanoTime();
        JsonNode results = post(api, batch);
        double seconds = (System.nanoTime() - started) / 1e9;

        long created = 0;
        for (JsonNode result : results) {
            created += result.get("status").asText().equals("created") ? 1 : 0;
        }
        assertThat(created).isEqualTo(SIZE);
        System.out.printf("%nBATCH INTAKE BENCHMARK: %d proposals in %.2f s = %.0f proposals/s (H2 in memory, HTTP)%n%n",
                SIZE, seconds, SIZE / seconds);
    }

    private static JsonNode post(Api api, ArrayNode batch) {
        Api.Reply reply = api.post("intake", "/api/proposals/batch", batch);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("results");
    }

    /** Demo proposals in turn, each with its own externalRef and a varied company and amount. */
    static ArrayNode generate(String prefix, int count) {
        JsonNode demo = Api.demoProposals();
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode item = demo.get(i % demo.size()).deepCopy();
            item.put("externalRef", prefix + "-" + i);
            ((ObjectNode) item.get("company")).put("name", "기업 " + (i % 500));
            item.put("requestedAmountKrw", 1_000_000L * (i % 300));
            batch.add(item);
        }
        return batch;
    }
}
