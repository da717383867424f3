package kr.oneteam.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many officers at once. Runs in the Karibu tests' Spring context (no UI needed) and uses P07, which no
 * other test touches, so the small capacity it sets up cannot disturb them; the capacity is restored after.
 */
class ConcurrentDecisionsTest extends KaribuSpringTest {

    private static final long VOUCHER = 100_000_000L;
    private static final long P07_DEFAULT = 27_000_000_000L;

    @Autowired
    ReviewService review;

    @Autowired
    ProgrammeService programmes;

    @Test
    void concurrent_accepts_never_reserve_more_than_the_remaining_capacity() throws Exception {
        int threads = 16;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ids.add(fixtures.voucherProposal("동시수용 " + i, VOUCHER));
        }
        runAs("admin", "ADMIN", () -> {
            long reserved = programmes.programme("P07").reserved();
            programmes.changeCapacity("P07", reserved + 5 * VOUCHER);
            return null;
        });

        List<Callable<String>> accepts = ids.stream().<Callable<String>>map(id -> () -> runAs("officer", "OFFICER", () -> {
            ProposalDetail detail = review.proposal(id);
            try {
                review.accept(id, detail.version(), detail.recommendations().get(0).id(), null);
                return "accepted";
            } catch (ReviewRefused refused) {
                return refused.messageKey();
            }
        })).toList();
        List<String> outcomes = runTogether(accepts);

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("decision.capacity.exceeded.krw"::equals).hasSize(threads - 5);
        assertThat(runAs("officer", "OFFICER", () -> programmes.programme("P07").remaining())).isZero();
    }

    @Test
    void of_two_officers_saving_the_same_version_only_one_wins_and_nothing_is_overwritten() throws Exception {
        long id = fixtures.voucherProposal("동시저장 주식회사", VOUCHER);
        ProposalDetail seen = runAs("officer", "OFFICER", () -> review.proposal(id));
        long recommendation = seen.recommendations().get(0).id();

        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String comment = "officer " + i;
            saves.add(() -> runAs("officer", "OFFICER", () -> {
                try {
                    review.decline(id, seen.version(), recommendation, comment);
                    return "saved";
                } catch (ReviewRefused | OptimisticLockingFailureException conflict) {
                    return "conflict";
                }
            }));
        }
        List<String> outcomes = runTogether(saves);

        assertThat(outcomes).filteredOn("saved"::equals).hasSize(1);
        ProposalDetail after = runAs("officer", "OFFICER", () -> review.proposal(id));
        assertThat(after.history()).hasSize(1);
        assertThat(after.version()).isGreaterThan(seen.version());
    }

    @AfterEach
    void restoreP07() throws Exception {
        runAs("admin", "ADMIN", () -> programmes.changeCapacity("P07", Math.max(P07_DEFAULT,
                programmes.programme("P07").reserved())));
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T runAs(String user, String role, Callable<T> work) throws Exception {
        return TestSecurity.runAs(context, user, role, work);
    }
}
