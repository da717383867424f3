package kr.oneteam.app.queue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Seeds 100,000 proposals (and 300,000 recommendations) with JDBC batch inserts into in-memory H2, then
 * times what 검토함 asks the database for — first page, a filtered page, their counts and the per-status
 * GROUP BY — several times, and prints the milliseconds. Target: each page under 300 ms of server time.
 * Not part of {@code mvn verify} (tag {@code benchmark}). Run:
 * {@code mvn -B -pl app-ui -am test -Dgroups=benchmark -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.excludedGroups=}
 * ({@code -Dbenchmark.proposals=N} to change the size).
 */
@Tag("benchmark")
@SpringBootTest(properties = "oneteam.demo.proposals=false")
@ActiveProfiles("test")
class QueueBenchmark {

    private static final int PROPOSALS = Integer.getInteger("benchmark.proposals", 100_000);
    private static final int RUNS = 7;
    private static final String[] PROGRAMMES = {"P01", "P02", "P05", "P06", "P07", "P08", "P11", "P13", "P14"};

    @Autowired
    DataSource dataSource;

    @Autowired
    QueueService queue;

    @Autowired
    kr.oneteam.domain.proposal.ProposalRepository proposals;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void queue_pages_over_a_hundred_thousand_proposals() throws Exception {
        long seedStart = System.nanoTime();
        seed();
        System.out.printf("%n[queue benchmark] seeded %,d proposals + %,d recommendations in %,d ms%n", PROPOSALS,
                PROPOSALS * 3, (System.nanoTime() - seedStart) / 1_000_000);
        kr.oneteam.app.ui.testing.TestSecurity.signIn(context, "officer", "OFFICER");
        PageRequest firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "receivedAt"));
        QueueFilter none = QueueFilter.none();
        QueueFilter filtered = new QueueFilter(ProposalStatus.AWAITING_REVIEW, "P01", Eligibility.ELIGIBLE,
                Category.COMPUTE, SizeClass.SME, null, LocalDate.now().minusDays(200), LocalDate.now(), null, false);
        QueueFilter text = none.withText("기업 123");
        QueueFilter programmeOnly = none.withProgramme("P01", null);
        PageRequest byScore = PageRequest.of(3, 50, Sort.by(Sort.Direction.DESC, "topScore"));

        time("first page (50 rows, newest first)", () -> queue.page(none, firstPage).size());
        time("first page total count", () -> queue.count(none));
        time("counts per status (GROUP BY)", () -> queue.countsByStatus(none).size());
        time("filtered page (status+programme+eligibility+category+size+dates)", () -> queue.page(filtered, firstPage).size());
        time("filtered page total count", () -> queue.count(filtered));
        time("programme only page (P01 recommended, index semi-join)", () -> queue.page(programmeOnly, firstPage).size());
        time("programme only total count", () -> queue.count(programmeOnly));
        // The same count by the old form (LIKE on programme_codes), for comparison in the same run.
        var p01 = kr.oneteam.domain.programme.ProgrammeCode.of("P01");
        time("programme only count, index semi-join (recommends)",
                () -> proposals.count(kr.oneteam.domain.proposal.ProposalSpecifications.recommends(p01)));
        time("programme only count, LIKE on programme_codes (recommendsByColumn)",
                () -> proposals.count(kr.oneteam.domain.proposal.ProposalSpecifications.recommendsByColumn(p01)));
        time("free-text page ('기업 123')", () -> queue.page(text, firstPage).size());
        time("page 4 sorted by top score", () -> queue.page(none, byScore).size());
        time("whole first screen: page + count + status counts", () -> queue.page(none, firstPage).size()
                + queue.count(none) + queue.countsByStatus(none).size());
        time("whole filtered screen: page + count + status counts", () -> queue.page(filtered, firstPage).size()
                + queue.count(filtered) + queue.countsByStatus(filtered.withStatus(null)).size());
        SecurityContextHolder.clearContext();
    }

    private static void time(String what, Supplier<Object> query) {
        long[] ms = new long[RUNS];
        Object result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = query.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("[queue benchmark] %-62s runs(ms)=%s median=%d ms (result %s)%n", what,
                Arrays.toString(ms), sorted[RUNS / 2], result);
    }

    private void seed() throws Exception {
        Random random = new Random(42);
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long companyBase = 50_000_000L;
            try (PreparedStatement company = c.prepareStatement("insert into company (id, name) values (?, ?)")) {
                for (int i = 0; i < 2_000; i++) {
                    company.setLong(1, companyBase + i);
                    company.setString(2, "기업 " + i);
                    company.addBatch();
                }
                company.executeBatch();
            }
            String proposalSql = "insert into proposal (id, version, received_at, channel, company_id, company_name,"
                    + " size_class, startup, venture, youth_founded, region, title, proposal_text, categories, stage,"
                    + " status, top_programme, top_score, eligible_count, next_follow_up_due, programme_codes, created_at)"
                    + " values (?, 0, ?, 'PORTAL', ?, ?, ?, false, false, false, ?, ?, '벤치마크 본문', ?, 'POC', ?, ?, ?, ?, ?, ?, ?)";
            String recommendationSql = "insert into recommendation (id, proposal_id, rank_no, programme, eligibility,"
                    + " score, override, reserved_amount, reserved_unit) values (?, ?, ?, ?, ?, ?, false, 0, 'NONE')";
            ProposalStatus[] statuses = ProposalStatus.values();
            SizeClass[] sizes = SizeClass.values();
            Category[] categories = Category.values();
            long proposalBase = 50_000_000L;
            long recommendationBase = 50_000_000L;
            try (PreparedStatement p = c.prepareStatement(proposalSql);
                 PreparedStatement r = c.prepareStatement(recommendationSql)) {
                for (int i = 0; i < PROPOSALS; i++) {
                    long id = proposalBase + i;
                    int companyIndex = random.nextInt(2_000);
                    List<String> codes = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        String code = PROGRAMMES[random.nextInt(PROGRAMMES.length)];
                        if (!codes.contains(code)) {
                            codes.add(code);
                        }
                    }
                    Timestamp received = Timestamp.from(now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES));
                    p.setLong(1, id);
                    p.setTimestamp(2, received);
                    p.setLong(3, companyBase + companyIndex);
                    p.setString(4, "기업 " + companyIndex);
                    p.setString(5, sizes[random.nextInt(sizes.length)].name());
                    p.setString(6, random.nextBoolean() ? "CAPITAL" : "NON_CAPITAL");
                    p.setString(7, "제안 제목 " + i);
                    p.setString(8, "," + categories[random.nextInt(categories.length)].name() + ","
                            + categories[random.nextInt(categories.length)].name() + ",");
                    p.setString(9, statuses[random.nextInt(statuses.length)].name());
                    p.setString(10, codes.get(0));
                    p.setInt(11, 50 + random.nextInt(40));
                    p.setInt(12, codes.size());
                    p.setDate(13, random.nextInt(5) == 0 ? Date.valueOf(LocalDate.now().plusDays(random.nextInt(60) - 30)) : null);
                    List<String> eligibilities = new ArrayList<>();
                    for (int k = 0; k < codes.size(); k++) {
                        eligibilities.add(k == 0 ? "ELIGIBLE" : random.nextBoolean() ? "CONDITIONAL" : "INELIGIBLE");
                    }
                    // As the entity keeps it: only programmes recommended ELIGIBLE or CONDITIONAL.
                    List<String> positive = new ArrayList<>();
                    for (int k = 0; k < codes.size(); k++) {
                        if (!eligibilities.get(k).equals("INELIGIBLE")) {
                            positive.add(codes.get(k));
                        }
                    }
                    p.setString(14, "," + String.join(",", positive.stream().sorted().toList()) + ",");
                    p.setTimestamp(15, received);
                    p.addBatch();
                    for (int k = 0; k < codes.size(); k++) {
                        r.setLong(1, recommendationBase + i * 3L + k);
                        r.setLong(2, id);
                        r.setInt(3, k);
                        r.setString(4, codes.get(k));
                        r.setString(5, eligibilities.get(k));
                        r.setInt(6, 50);
                        r.addBatch();
                    }
                    if (i % 1_000 == 999) {
                        p.executeBatch();
                        r.executeBatch();
                    }
                }
                p.executeBatch();
                r.executeBatch();
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("analyze");
        }
    }
}
