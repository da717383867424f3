import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real user's GET under a password-guessing flood (issue 8, deliverable 3). Run with `java bench/LoginAttack.java
 * BASE_URL [THREADS] [SAMPLES]` against a running app (bench/attack.sh starts the old and the new jar for it).
 * Phase 1: SAMPLES sequential GET /api/proposals?size=1 as officer, alone. Phase 2: the same while THREADS
 * attacker threads send wrong passwords (for analyst and for made-up names) as fast as they get answers.
 * Prints both medians, their ratio, and what the attackers got. Loopback only, bounded in count and time.
 */
public class LoginAttack {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1]")) {
            throw new IllegalArgumentException("loopback targets only: " + base);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest user = get(base, "officer", "oneteam");
        for (int i = 0; i < 5; i++) {
            client.send(user, HttpResponse.BodyHandlers.discarding()); // warm-up, and the user's first sign-in
        }
        double alone = median(measure(client, user, samples));

        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicLong[] answers = new AtomicLong[600];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = new AtomicLong();
        }
        ExecutorService attackers = Executors.newFixedThreadPool(threads);
        long stopAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (int t = 0; t < threads; t++) {
            attackers.submit(() -> {
                while (attacking.get() && System.nanoTime() < stopAt) {
                    String name = ThreadLocalRandom.current().nextBoolean() ? "analyst" : "guess" + ThreadLocalRandom.current().nextInt(1000);
                    try {
                        int status = client.send(get(base, name, "wrong" + ThreadLocalRandom.current().nextLong()),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        answers[Math.min(status, answers.length - 1)].incrementAndGet();
                    } catch (Exception e) {
                        answers[0].incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(2000); // let the flood build up
        double attacked = median(measure(client, user, samples));
        attacking.set(false);
        attackers.shutdown();
        attackers.awaitTermination(1, TimeUnit.MINUTES);

        StringBuilder got = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i].get() > 0) {
                got.append(' ').append(i == 0 ? "error" : i).append('×').append(answers[i].get());
            }
        }
        System.out.printf("real user's GET median: alone %.1f ms, under %d attacker threads %.1f ms, ratio %.2f; attackers got%s%n",
                alone, threads, attacked, attacked / alone, got);
    }

    private static List<Double> measure(HttpClient client, HttpRequest request, int samples) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            millis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                System.out.println("the real user got " + response.statusCode());
            }
            Thread.sleep(50);
        }
        return millis;
    }

    private static HttpRequest get(String base, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/proposals?size=1"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic).GET().build();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
