package kr.oneteam.app.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.company.CompanyRepository;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.CompanySnapshot;
import kr.oneteam.domain.proposal.Compute;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Workload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case screen of a heavy proposal — 16 recommendations (every programme and the backlog, with reasons
 * and flags) and 200 audit entries — rendered on the server: the service's snapshot, the view's component
 * tree (Karibu, no browser) and the UIDL the browser would receive. Target: under 150 ms of server time.
 * Printed beside a plain-JDBC read of the same rows in the same run, since these machines are noisy.
 * Not part of {@code mvn verify} (tag {@code benchmark}). Run:
 * {@code mvn -B -pl app-ui -am test -Dgroups=benchmark -Dtest=ProposalDetailBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@TestPropertySource(properties = "oneteam.demo.proposals=false")
class ProposalDetailBenchmark extends KaribuSpringTest {

    /**
     * CPU time of the thread that serves the request: what the page costs the server, whatever else the
     * shared machine runs meanwhile (wall time is printed too; with in-memory H2 the queries run on this thread).
     */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 20);

    @Autowired
    ReviewService review;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CompanyRepository companies;

    @Autowired
    RulesetVersionRepository rulesets;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DataSource dataSource;

    @Test
    void the_case_of_a_proposal_with_16_recommendations_and_200_audit_entries() throws Exception {
        long id = seed();
        signInAs("officer", "OFFICER");
        System.out.printf("%n[detail benchmark] proposal %d: %d recommendations, %d audit entries%n", id,
                review.proposal(id).recommendations().size(), review.proposal(id).history().size());

        if (Boolean.getBoolean("benchmark.dumpUidl")) {
            UI.getCurrent().navigate(ProposalView.class, id);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "detail-uidl.json"),
                    new UidlWriter().createUidl(UI.getCurrent(), false).toString());
            signInAs("officer", "OFFICER");
        }
        long jdbc = median("plain JDBC read of the same rows (baseline)", () -> jdbcRead(id));
        long service = median("ReviewService.proposal (snapshot, one transaction)", () -> review.proposal(id).timeline().size());
        long view = median("first load: service + component tree of ProposalView", () -> {
            UI.getCurrent().navigate(ProposalView.class, id);
            return UI.getCurrent().getChildren().count();
        }, () -> signInAs("officer", "OFFICER"));
        long whole = median("first load + UIDL written for the browser (server time)", () -> {
            UI ui = UI.getCurrent();
            ui.navigate(ProposalView.class, id);
            return new UidlWriter().createUidl(ui, false).toString().length();
        }, () -> signInAs("officer", "OFFICER"));
        median("redraw after a decision: show() again + UIDL", () -> {
            UI ui = UI.getCurrent();
            ui.navigate(ProposalView.class, id);
            return new UidlWriter().createUidl(ui, false).toString().length();
        }, () -> { });
        System.out.printf("[detail benchmark] server time (request-thread CPU) of the whole case screen: median %.1f ms"
                        + " (target < 150 ms); snapshot %.1f ms; %.1f× a plain JDBC read of its rows (%.1f ms)%n",
                whole / 1e6, service / 1e6, (double) whole / jdbc, jdbc / 1e6);
    }

    private static long median(String what, LongSupplier work) {
        return median(what, work, () -> { });
    }

    /** {@code before} runs ahead of each run, outside the time (a fresh UI, as a browser opening the page). */
    private static long median(String what, LongSupplier work, Runnable before) {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            work.getAsLong();
        }
        long[] nanos = new long[RUNS];
        long[] cpu = new long[RUNS];
        long result = 0;
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.getAsLong();
            nanos[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("[detail benchmark] %-58s wall median %7.2f ms p90 %7.2f ms | CPU of the request thread"
                        + " median %7.2f ms (result %d)%n", what, nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6,
                cpu[RUNS / 2] / 1e6, result);
        return cpu[RUNS / 2];
    }

    private long seed() {
        Clock clock = Clock.systemUTC();
        long id = tx.execute(status -> {
            Company company = companies.save(new Company("벤치마크 상세 주식회사", null));
            Proposal proposal = Proposal.builder()
                    .receivedAt(OffsetDateTime.now(clock).minusDays(30)).channel(Channel.MEETING)
                    .company(company, new CompanySnapshot(SizeClass.SME, true, true, false, Region.NON_CAPITAL,
                            Set.of(), Set.of(), Set.of()))
                    .title("GPU·데이터·규제·전력 전부 요청").text("본문 ".repeat(400))
                    .categories(Set.of(Category.values())).stage(Stage.POC)
                    .compute(new Compute(Accelerator.H100, 64, 6, Workload.PRETRAINING, null))
                    .build(clock);
            List<Recommendation> recs = new ArrayList<>();
            for (int p = 1; p <= 15; p++) {
                String code = String.format("P%02d", p);
                Eligibility eligibility = Eligibility.values()[p % 3];
                recs.add(new Recommendation(ProgrammeCode.of(code), eligibility, 50 + p,
                        eligibility == Eligibility.INELIGIBLE ? null : Allocation.gpus(8, 4),
                        List.of("R-CMP-01", "R-CMP-X2"),
                        List.of(new RuleReason("R-CMP-01", "GPU 8장 소규모 요청 — 고성능컴퓨팅 클라우드 지원(16장·4개월 이내)"),
                                new RuleReason("R-CMP-X2", "독자 AI 파운데이션 모델 GPU 수혜 중 — 중복 지원 불가")),
                        List.of("AI기본법 §31 사전고지·생성물 표시")));
            }
            recs.add(new Recommendation(ProgrammeCode.of("BACKLOG"), Eligibility.ELIGIBLE, 50, null, List.of("R-BKL-01"),
                    List.of(new RuleReason("R-BKL-01", "정책과제 이관: 세제")), List.of()));
            proposal.replaceRecommendations(recs, rulesets.findAll().stream().findFirst().orElse(null));
            return proposals.save(proposal).getId();
        });
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 200; i++) {
                audit.save(new AuditEntry(clock, "officer" + (i % 5), id, i % 2 == 0 ? "ACCEPT P01" : "UNDO DECISION P01",
                        "P01 ELIGIBLE · UNDECIDED", "P01 ELIGIBLE · ACCEPTED (officer) '검토 " + i + "'"));
            }
        });
        return id;
    }

    /** The rows the case shows, read with plain JDBC and counted: the floor any snapshot stands on. */
    private long jdbcRead(long id) {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of("select * from proposal where id = ?",
                    "select * from recommendation where proposal_id = ?",   // reasons are a column of it (147)
                    "select * from follow_up where proposal_id = ?",
                    "select * from audit_entry where proposal_id = ? order by at, id")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        int columns = r.getMetaData().getColumnCount();
                        while (r.next()) {
                            for (int i = 1; i <= columns; i++) {
                                r.getObject(i);
                            }
                            rows++;
                        }
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
