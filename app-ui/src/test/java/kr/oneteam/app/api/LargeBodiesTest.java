package kr.oneteam.app.api;

import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 saw eight parallel 52 MB bodies give five OutOfMemoryErrors. Now a proposal body over 2 MB is refused
 * before it is read, and batch bodies (up to 64 MB) are read item by item, a bounded number at a time: eight
 * parallel 52 MB batches are all answered, in this test JVM's 2 GB heap, and the app answers normally after.
 */
@ApiTest
class LargeBodiesTest {

    @LocalServerPort
    int port;

    @Test
    void eight_parallel_52_mb_bodies_are_answered_without_exhausting_memory() throws Exception {
        byte[] batch = fiftyTwoMegabytes();
        assertThat(batch.length).isGreaterThan(52_000_000);
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> batches = new ArrayList<>();
            List<Future<Integer>> singles = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                batches.add(pool.submit(() -> post(client, "/api/proposals/batch", batch)));
                singles.add(pool.submit(() -> post(client, "/api/proposals", batch)));
            }
            for (Future<Integer> f : batches) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(200);
            }
            for (Future<Integer> f : singles) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isIn(413, -1);   // -1: the server closed before the upload ended
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new Api(port).get("officer", "/api/proposals?size=1").status()).isEqualTo(200);
    }

    /** 9,800 proposals of ~5.3 kB each, every one refused (unknown channel), so nothing is stored. */
    private static byte[] fiftyTwoMegabytes() {
        String text = "가나다라마바사아자차".repeat(170);
        StringBuilder body = new StringBuilder(53_000_000).append('[');
        for (int i = 0; i < 9_800; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"receivedAt\":\"2025-07-08T15:30:00+09:00\",\"channel\":\"FAX\",\"company\":{\"name\":\"큰 본문\","
                    + "\"sizeClass\":\"SME\",\"region\":\"CAPITAL\"},\"title\":\"큰 본문 ").append(i)
                    .append("\",\"text\":\"").append(text).append("\",\"categories\":[\"AI_ADOPTION\"],\"stage\":\"POC\"}");
        }
        return body.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private int post(HttpClient client, String path, byte[] body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("intake:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closedEarly) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }
}
