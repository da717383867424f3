package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many simultaneous submissions against one running app (H2 and PostgreSQL run the same cases): what the
 * issue saw answer 500 — one externalRef twenty times at once, twenty first proposals of one new company —
 * answers exactly one 201 and 409s, or all 201; a batch retried at the same time gives duplicates. And the
 * longest proposal the contract accepts is stored in full on both databases.
 */
abstract class ConcurrentIntakeContract {

    static final int THREADS = 20;

    abstract Api api();

    abstract String prefix();

    /** An account that may read proposals (OFFICER or ANALYST). */
    String reader() {
        return "officer";
    }

    @Test
    void twenty_simultaneous_posts_of_one_externalRef_give_one_201_and_409s_with_its_id() throws Exception {
        String ref = prefix() + "-SAME-REF";
        List<Api.Reply> replies = all(i -> api().post("intake", "/api/proposals", Api.demoProposal(3, ref)));

        Map<Integer, Integer> byStatus = statuses(replies);
        assertThat(byStatus).as(byStatus.toString()).containsOnlyKeys(201, 409);
        assertThat(byStatus.get(201)).isEqualTo(1);
        long id = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().get("id").asLong();
        replies.stream().filter(r -> r.status() == 409).forEach(r -> {
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(r.json().get("existingId").asLong()).isEqualTo(id);
        });
    }

    @Test
    void twenty_simultaneous_first_proposals_of_one_new_company_are_all_taken() throws Exception {
        String bizRegNo = prefix().startsWith("PG") ? "120-81-47521" : "220-81-62517";
        List<Api.Reply> replies = all(i -> {
            ObjectNode proposal = Api.demoProposal(4, prefix() + "-COMPANY-" + i);
            ((ObjectNode) proposal.get("company")).put("name", "동시 신규 기업").put("bizRegNo", bizRegNo);
            return api().post("intake", "/api/proposals", proposal);
        });

        assertThat(statuses(replies)).as(replies.stream().filter(r -> r.status() != 201).map(Api.Reply::body)
                .findFirst().orElse("")).containsOnlyKeys(201);
    }

    @Test
    void simultaneous_batches_with_the_same_items_store_each_once_and_answer_the_rest_duplicate() throws Exception {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 30; i++) {
            batch.add(Api.demoProposal(i % 13, prefix() + "-BATCH-" + i));
        }
        List<Api.Reply> replies = all(i -> api().post("intake", "/api/proposals/batch", batch), 6);

        Map<String, Integer> created = new TreeMap<>();
        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            reply.json().get("results").forEach(r -> {
                assertThat(r.get("status").asText()).isIn("created", "duplicate");
                if (r.get("status").asText().equals("created")) {
                    created.merge(r.get("index").asText(), 1, Integer::sum);
                } else {
                    assertThat(r.get("existingId").asLong()).isPositive();
                }
            });
        }
        assertThat(created).hasSize(30);
        assertThat(created.values()).containsOnly(1);
    }

    /**
     * A batch that repeats stored proposals among new ones, over more than one slice of the stored-ref look-up
     * (ProposalRouting.existingIds asks 1,000 refs at a time, joined as an array since decision 152): every stored
     * one answers duplicate with the id it was stored under, every new one is created, on H2 and PostgreSQL alike.
     */
    @Test
    void a_batch_repeating_stored_proposals_over_several_look_up_slices_answers_each_with_its_stored_id() {
        ArrayNode first = BatchIntakeBenchmark.generate(prefix() + "-AGAIN", 1_500);
        Api.Reply stored = api().post("intake", "/api/proposals/batch", first);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        Map<String, Long> idByRef = new TreeMap<>();
        for (int i = 0; i < first.size(); i++) {
            assertThat(stored.json().get("results").get(i).get("status").asText()).isEqualTo("created");
            idByRef.put(first.get(i).get("externalRef").asText(), stored.json().get("results").get(i).get("id").asLong());
        }
        // 1,500 stored and 1,000 new refs, interleaved: both look-up slices hold stored and new ones
        ArrayNode again = JsonNodeFactory.instance.arrayNode();
        ArrayNode fresh = BatchIntakeBenchmark.generate(prefix() + "-FRESH", 1_000);
        for (int i = 0, f = 0; i < first.size(); i++) {
            again.add(first.get(i));
            if (i % 3 != 2 && f < fresh.size()) {
                again.add(fresh.get(f++));
            }
        }
        assertThat(again).hasSize(2_500);
        Api.Reply reply = api().post("intake", "/api/proposals/batch", again);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        int duplicates = 0;
        int created = 0;
        for (int i = 0; i < again.size(); i++) {
            var result = reply.json().get("results").get(i);
            Long storedId = idByRef.get(again.get(i).get("externalRef").asText());
            if (storedId != null) {
                assertThat(result.get("status").asText()).as("item %d", i).isEqualTo("duplicate");
                assertThat(result.get("existingId").asLong()).as("item %d", i).isEqualTo(storedId);
                duplicates++;
            } else {
                assertThat(result.get("status").asText()).as("item %d", i).isEqualTo("created");
                created++;
            }
        }
        assertThat(duplicates).isEqualTo(1_500);
        assertThat(created).isEqualTo(1_000);
    }

    /**
     * Batches longer than one routing chunk have their chunks routed and their entities built on the routing
     * thread while the caller writes rows (decisions 140, 145). Two such batches whose every item is the same new
     * company wait for each other in the database (the second caller waits on the first one's company row until it
     * commits): neither may wait for ever for routing that the other's work holds up, and both are stored whole.
     */
    @Test
    void simultaneous_batches_of_several_chunks_for_one_new_company_are_both_stored_whole() throws Exception {
        String bizRegNo = prefix().startsWith("PG") ? "310-81-33450" : "410-81-33459";
        int size = 1_100;
        List<Api.Reply> replies = all(n -> {
            ArrayNode batch = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < size; i++) {
                ObjectNode proposal = Api.demoProposal(i % 13, prefix() + "-CHUNKS-" + n + "-" + i);
                ((ObjectNode) proposal.get("company")).put("name", "동시 대량 신규 기업").put("bizRegNo", bizRegNo);
                batch.add(proposal);
            }
            return api().post("intake", "/api/proposals/batch", batch);
        }, 2);

        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            reply.json().get("results").forEach(r -> {
                assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("created");
                ids.add(r.get("id").asLong());
            });
        }
        assertThat(ids).hasSize(2 * size);
    }

    /** Not about concurrency, but about this database: what the contract accepts at its longest is stored in full. */
    @Test
    void the_longest_proposal_the_contract_accepts_is_stored_in_full() {
        ObjectNode longest = StrictContractTest.longest(prefix() + "-LONG");
        Api.Reply created = api().post("intake", "/api/proposals", longest);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var read = api().get(reader(), "/api/proposals/" + created.json().get("id").asLong()).json();
        assertThat(read.get("title").asText()).isEqualTo(longest.get("title").asText());
        assertThat(read.get("text").asText()).isEqualTo(longest.get("text").asText());
        assertThat(read.at("/company/name").asText()).isEqualTo(longest.at("/company/name").asText());
        assertThat(read.at("/procurement/targetAgencies")).isEqualTo(longest.at("/procurement/targetAgencies"));
        assertThat(read.at("/consortium/49/name").asText()).isEqualTo(longest.at("/consortium/49/name").asText());
    }

    private List<Api.Reply> all(Call call) throws Exception {
        return all(call, THREADS);
    }

    private List<Api.Reply> all(Call call, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Api.Reply> task = () -> {
                    start.await();
                    return call.make(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statuses(List<Api.Reply> replies) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        replies.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        return byStatus;
    }

    @FunctionalInterface
    interface Call {
        Api.Reply make(int index) throws Exception;
    }
}
