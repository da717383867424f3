package kr.oneteam.domain.benchmark;

import jakarta.persistence.EntityManager;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.proposal.ProposalSpecifications;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.support.Fixtures;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints figures; asserts only that queries return rows. Inserts 10,000 proposals as one batch import
 * (timed), fills up to 100,000, then times the officers' queue queries (page of 50 plus its count).
 * Run: mvn -B -pl domain test -Dgroups=benchmark -DexcludedGroups=none -Dtest='*Benchmark'
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.jpa.properties.hibernate.jdbc.batch_size=500",
        "spring.jpa.properties.hibernate.generate_statistics=false"})
abstract class QueueBenchmarkContract {

    private static final int BATCH = 10_000;
    private static final int TOTAL = 100_000;

    @Autowired TransactionTemplate tx;
    @Autowired EntityManager em;
    @Autowired ProposalRepository proposals;
    @Autowired JdbcTemplate jdbc;

    abstract String database();

    @Test
    void batch_insert_and_queue_queries() {
        List<Long> companyIds = tx.execute(s -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                Company c = Fixtures.company(String.format("회사%04d %s", i, i % 2 == 0 ? "AI" : "Labs"));
                em.persist(c);
                ids.add(c.getId());
            }
            return ids;
        });
        long start = System.nanoTime();
        insert(companyIds, 0, BATCH);
        long insertMs = (System.nanoTime() - start) / 1_000_000;
        print("insert %,d proposals (3 recommendations, 2 consortium members each) in one transaction: %,d ms (%,.0f proposals/s)",
                BATCH, insertMs, BATCH * 1000.0 / insertMs);
        for (int from = BATCH; from < TOTAL; from += BATCH) {
            insert(companyIds, from, from + BATCH);
        }
        if (database().equals("PostgreSQL")) {
            jdbc.execute("vacuum analyze");   // what autovacuum does on a live database; enables index-only scans
        }
        print("rows: %,d proposals", proposals.count());

        time("status=AWAITING_REVIEW, newest first", () -> page(ProposalSpecifications.hasStatus(ProposalStatus.AWAITING_REVIEW),
                Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))));
        time("programme P01, best score first", () -> page(ProposalSpecifications.recommends(ProgrammeCode.of("P01")),
                Sort.by(Sort.Order.desc("topScore"), Sort.Order.desc("id"))));
        time("programme P01 (column LIKE), best score first", () -> page(ProposalSpecifications.recommendsByColumn(ProgrammeCode.of("P01")),
                Sort.by(Sort.Order.desc("topScore"), Sort.Order.desc("id"))));
        time("all, by company name", () -> page(null, Sort.by(Sort.Order.asc("companyName"), Sort.Order.asc("id"))));
        time("company name contains '0042'", () -> page(ProposalSpecifications.companyNameContains("0042"),
                Sort.by(Sort.Order.desc("receivedAt"))));
        time("open follow-up due by 2026-03-05, soonest first", () -> page(ProposalSpecifications.followUpDueBy(LocalDate.of(2026, 3, 5)),
                Sort.by(Sort.Order.asc("nextFollowUpDue"))));
        time("status DECIDED + programme P06, page 100", () -> proposals.findAll(
                Specification.where(ProposalSpecifications.hasStatus(ProposalStatus.DECIDED))
                        .and(ProposalSpecifications.recommends(ProgrammeCode.of("P06"))),
                PageRequest.of(100, 50, Sort.by(Sort.Order.desc("receivedAt")))));
    }

    private Page<Proposal> page(Specification<Proposal> filter, Sort sort) {
        return proposals.findAll(Specification.where(filter), PageRequest.of(0, 50, sort));
    }

    private void insert(List<Long> companyIds, int from, int to) {
        Random random = new Random(from);
        tx.executeWithoutResult(s -> {
            for (int i = from; i < to; i++) {
                Company company = em.getReference(Company.class, companyIds.get(i % companyIds.size()));
                Proposal p = Fixtures.full(company, "BENCH-" + i)
                        .receivedAt(Fixtures.RECEIVED.plusMinutes(i)).build(CLOCK);
                List<Recommendation> recs = switch (i % 3) {
                    case 0 -> List.of(Fixtures.p01(1 + random.nextInt(16), 4), Fixtures.p06(), Fixtures.backlog());
                    case 1 -> List.of(Fixtures.p02(17 + random.nextInt(200), 12, "10"), Fixtures.p06(), Fixtures.p04Ineligible());
                    default -> List.of(Fixtures.p07(1_000_000L * (1 + random.nextInt(200))), Fixtures.p06(), Fixtures.backlog());
                };
                p.replaceRecommendations(recs, null);
                switch (i % 10) {
                    case 1, 2 -> p.recommendationFor(ProgrammeCode.of("P06")).orElseThrow().accept("officer", null, CLOCK);
                    case 3 -> p.requestInfo("추가 자료", "officer", CLOCK);
                    case 4 -> p.addFollowUp("연락", "kim", LocalDate.of(2026, 3, 1).plusDays(random.nextInt(60)), CLOCK);
                    default -> { }
                }
                em.persist(p);
                if ((i + 1) % 500 == 0) {
                    em.flush();
                    em.clear();
                }
            }
        });
    }

    private void time(String label, Supplier<Page<Proposal>> query) {
        for (int i = 0; i < 5; i++) {
            tx.execute(s -> query.get());
        }
        long[] ms = new long[20];
        long total = 0;
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            Page<Proposal> page = tx.execute(s -> query.get());
            ms[i] = (System.nanoTime() - start) / 1_000;
            total = page.getTotalElements();
            assertThat(page.getContent()).isNotEmpty();
        }
        Arrays.sort(ms);
        print("queue %-50s median %6.1f ms, max %6.1f ms (page of 50 + count; %,d matches)",
                label, ms[ms.length / 2] / 1000.0, ms[ms.length - 1] / 1000.0, total);
    }

    private void print(String format, Object... args) {
        System.out.println("[benchmark " + database() + "] " + String.format(format, args));
    }
}
