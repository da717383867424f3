package kr.oneteam.app.queue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seeds 100,000 proposals (and 300,000 recommendations) with JDBC batch inserts, once into in-memory H2 and once into
 * a real PostgreSQL (embedded, zonky), then times on each what 검토함 asks the database for — first page, filtered
 * pages, their counts and the per-status GROUP BY, and the whole screen (page + count + status counts) — several
 * times, and prints the medians side by side. Target (issue 10): the whole filtered screen under 300 ms on both.
 * Not part of {@code mvn verify} (tag {@code benchmark}). Run:
 * {@code mvn -B -pl app-ui -am test -Dgroups=benchmark -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.excludedGroups=}
 * ({@code -Dbenchmark.proposals=N} to change the size; {@code -Dbenchmark.explain=true} loads PostgreSQL's auto_explain
 * and writes the plan of every statement over 20 ms, with ANALYZE and BUFFERS, to target/queue-plans.log — how the
 * PostgreSQL screens were profiled, h-insight2).
 */
@Tag("benchmark")
class QueueBenchmark {

    private static final int PROPOSALS = Integer.getInteger("benchmark.proposals", 100_000);
    private static final int RUNS = 7;
    private static final String[] PROGRAMMES = {"P01", "P02", "P05", "P06", "P07", "P08", "P11", "P13", "P14"};

    @Test
    void queue_screens_over_a_hundred_thousand_proposals_on_h2_and_postgresql() throws Exception {
        Map<String, Long> h2 = new LinkedHashMap<>();
        if (!"postgres".equals(System.getProperty("benchmark.only"))) {
            try (StandaloneApp app = StandaloneApp.start("test", "--server.port=0", "--oneteam.demo.proposals=false")) {
                h2 = measure("H2", app);
            }
        }
        Map<String, Long> pg;
        try (EmbeddedPostgres postgres = postgres();
             StandaloneApp app = StandaloneApp.start("postgres", "--server.port=0",
                     "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                     "--oneteam.rules.dir=", "--oneteam.demo.proposals=false", "--oneteam.security.bcrypt-strength=4",
                     "--oneteam.security.admin-password=benchmark-admin-1")) {
            pg = measure("PostgreSQL", app);
        }
        System.out.printf("%n[queue benchmark] %,d proposals — median ms, same run (target: whole screens < 300 ms)%n", PROPOSALS);
        System.out.printf("[queue benchmark] %-66s %8s %11s%n", "", "H2", "PostgreSQL");
        Map<String, Long> h2Medians = h2;
        pg.forEach((what, ms) -> System.out.printf("[queue benchmark] %-66s %8s %11d%n", what,
                h2Medians.containsKey(what) ? String.valueOf(h2Medians.get(what)) : "–", ms));
    }

    private static EmbeddedPostgres postgres() throws java.io.IOException {
        if (!Boolean.getBoolean("benchmark.explain")) {
            return EmbeddedPostgres.start();
        }
        java.io.File log = new java.io.File("target/queue-plans.log");
        return EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "auto_explain")
                .setServerConfig("auto_explain.log_min_duration", "20")
                .setServerConfig("auto_explain.log_analyze", "on")
                .setServerConfig("auto_explain.log_buffers", "on")
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                .start();
    }

    private static Map<String, Long> measure(String database, StandaloneApp app) throws Exception {
        long seedStart = System.nanoTime();
        seed(app.bean(DataSource.class));
        System.out.printf("%n[queue benchmark] %s: seeded %,d proposals + %,d recommendations in %,d ms%n", database,
                PROPOSALS, PROPOSALS * 3, (System.nanoTime() - seedStart) / 1_000_000);
        QueueService queue = app.bean(QueueService.class);
        TestSecurity.signIn(app.context(), "officer", "OFFICER");
        PageRequest firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "receivedAt"));
        QueueFilter none = QueueFilter.none();
        QueueFilter filtered = new QueueFilter(ProposalStatus.AWAITING_REVIEW, "P01", Eligibility.ELIGIBLE,
                Category.COMPUTE, SizeClass.SME, null, LocalDate.now().minusDays(200), LocalDate.now(), null, false);
        QueueFilter text = none.withText("기업 123");
        QueueFilter programmeOnly = none.withProgramme("P01", null);
        PageRequest byScore = PageRequest.of(3, 50, Sort.by(Sort.Direction.DESC, "topScore"));
        Map<String, Long> medians = new LinkedHashMap<>();
        try {
            time(medians, database, "first page (50 rows, newest first)", () -> queue.page(none, firstPage).size());
            time(medians, database, "first page total count", () -> queue.count(none));
            time(medians, database, "counts per status (GROUP BY)", () -> queue.countsByStatus(none).size());
            time(medians, database, "filtered page (status+programme+eligibility+category+size+dates)",
                    () -> queue.page(filtered, firstPage).size());
            time(medians, database, "filtered page total count", () -> queue.count(filtered));
            time(medians, database, "programme only page (P01 recommended)", () -> queue.page(programmeOnly, firstPage).size());
            time(medians, database, "programme only total count", () -> queue.count(programmeOnly));
            time(medians, database, "programme only counts per status", () -> queue.countsByStatus(programmeOnly).size());
            time(medians, database, "free-text page ('기업 123')", () -> queue.page(text, firstPage).size());
            time(medians, database, "page 4 sorted by top score", () -> queue.page(none, byScore).size());
            time(medians, database, "WHOLE first screen: page + count + status counts", () -> screen(queue, none, firstPage));
            time(medians, database, "WHOLE programme screen (P01): page + count + status counts",
                    () -> screen(queue, programmeOnly, firstPage));
            time(medians, database, "WHOLE filtered screen: page + count + status counts",
                    () -> screen(queue, filtered, firstPage));
            time(medians, database, "  before: WHOLE programme screen, 3 queries", () -> screenBefore(queue, programmeOnly, firstPage));
            time(medians, database, "  before: WHOLE filtered screen, 3 queries", () -> screenBefore(queue, filtered, firstPage));
            // The reply-deadline rules every page reads: one UNION now, two repository reads before (h-insight2).
            var deadlines = app.bean(kr.oneteam.app.deadline.ReplyDeadlines.class);
            var programmeRows = app.bean(kr.oneteam.domain.programme.ProgrammeRepository.class);
            var trackRows = app.bean(kr.oneteam.domain.deadline.SandboxTrackDeadlineRepository.class);
            time(medians, database, "  deadline rules, one UNION read (rules())", () -> deadlines.rules().rules().size());
            var readOnly = new org.springframework.transaction.support.TransactionTemplate(
                    app.bean(org.springframework.transaction.PlatformTransactionManager.class));
            readOnly.setReadOnly(true);
            time(medians, database, "  deadline rules, before: programmes + tracks read apart",
                    () -> readOnly.execute(tx -> programmeRows.findAllByOrderByCodeAsc().size() + trackRows.findAll().size()));
            var proposals = app.bean(kr.oneteam.domain.proposal.ProposalRepository.class);
            var p01 = kr.oneteam.domain.programme.ProgrammeCode.of("P01");
            time(medians, database, "  programme count, index semi-join (recommends)",
                    () -> proposals.count(kr.oneteam.domain.proposal.ProposalSpecifications.recommends(p01)));
            time(medians, database, "  programme count, LIKE on programme_codes (recommendsByColumn)",
                    () -> proposals.count(kr.oneteam.domain.proposal.ProposalSpecifications.recommendsByColumn(p01)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return medians;
    }

    /** What QueueView asks for one screen: the page, and the status counts that carry the total. */
    private static Object screen(QueueService queue, QueueFilter filter, PageRequest page) {
        QueueService.ScreenCounts counts = queue.screenCounts(filter);
        return queue.page(filter, page).size() + counts.total() + counts.byStatus().size();
    }

    /** The screen as it was asked for before: page, a COUNT, and the status GROUP BY (for the ratio in one run). */
    private static Object screenBefore(QueueService queue, QueueFilter filter, PageRequest page) {
        return queue.page(filter, page).size() + queue.count(filter) + queue.countsByStatus(filter.withStatus(null)).size();
    }

    private static void time(Map<String, Long> medians, String database, String what, Supplier<Object> query) {
        long[] ms = new long[RUNS];
        Object result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = query.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        medians.put(what, sorted[RUNS / 2]);
        System.out.printf("[queue benchmark] %-10s %-62s runs(ms)=%s median=%d ms (result %s)%n", database, what,
                Arrays.toString(ms), sorted[RUNS / 2], result);
    }

    private static void seed(DataSource dataSource) throws Exception {
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
            // The document (decision 061) is not what the queue reads; one fixed, well-formed one for every row.
            String proposalSql = "insert into proposal (id, version, received_at, channel, company_id, company_name,"
                    + " size_class, region, title, content, categories, stage,"
                    + " status, top_programme, top_score, eligible_count, next_follow_up_due, programme_codes, created_at)"
                    + " values (?, 0, ?, 'PORTAL', ?, ?, ?, ?, ?, '{\"text\":\"벤치마크 본문\"}', ?, 'POC', ?, ?, ?, ?, ?, ?, ?)";
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
        // Statistics as a running database keeps them; PostgreSQL's autovacuum also sets the visibility map that
        // index-only scans need, which a bulk load leaves unset until it runs.
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            c.setAutoCommit(true);
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            s.execute(postgres ? "vacuum analyze" : "analyze");
        }
    }
}
