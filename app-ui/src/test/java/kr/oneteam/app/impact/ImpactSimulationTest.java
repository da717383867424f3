package kr.oneteam.app.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.routing.RulesFacts;
import kr.oneteam.app.routing.RulesetRouters;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;
import kr.oneteam.rules.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The impact simulation on 450 stored proposals (pages of 100, so that paging, prefetching and cancel are
 * exercised), against an independent count made by routing each proposal on its own.
 */
@SpringBootTest(properties = {"oneteam.demo.proposals=false", "oneteam.impact.page-size=100"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactSimulationTest {

    static final int PROPOSALS = 450;

    @Autowired ApplicationContext context;
    @Autowired ImpactSimulation simulation;
    @Autowired IntakeService intake;
    @Autowired ReviewService review;
    @Autowired ProgrammeService programmes;
    @Autowired RulesetRouters routers;
    @Autowired ProposalRepository proposals;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired StoredProposals stored;
    @Autowired kr.oneteam.app.queue.QueueService queue;

    private final List<Long> declined = new ArrayList<>();

    @BeforeAll
    void seed() throws Exception {
        TestSecurity.runAs(context, "intake", "INTAKE", () -> intake.submitBatch(ImpactFixtures.proposals("IMPACT", 0, PROPOSALS), "intake"));
        // Three proposals the draft routes differently get an officer's decision on another programme: a second look.
        Router draft = routers.compileDraft(ImpactFixtures.p01RaisedTo32()).router();
        Router active = routers.active().router();
        TestSecurity.runAs(context, "officer", "OFFICER", () -> {
            for (Proposal p : tx.execute(s -> proposals.findAll().stream()
                    .filter(x -> !x.getRecommendations().isEmpty())
                    .filter(x -> {
                        var facts = RulesFacts.of(x.getId(), ProposalEntities.toForm(x));
                        return !active.route(facts).recommendations().equals(draft.route(facts).recommendations());
                    }).limit(3).toList())) {
                var detail = review.proposal(p.getId());
                var first = detail.recommendations().get(0);
                review.decline(p.getId(), detail.version(), first.id(), "시험용 결정");
                declined.add(p.getId());
            }
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_numbers_equal_what_routing_each_proposal_on_its_own_gives() {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        Router draft = routers.compileDraft(ImpactFixtures.p01RaisedTo32()).router();
        Router active = routers.active().router();
        List<long[]> progress = new CopyOnWriteArrayList<>();

        ImpactReport report = simulation.simulate(draft, QueueFilter.none(), (done, total) -> progress.add(new long[]{done, total}), null);

        // The expectation, one proposal at a time, outside the simulation's paging and tally.
        Map<String, Map<Eligibility, Long>> before = new TreeMap<>();
        Map<String, Map<Eligibility, Long>> after = new TreeMap<>();
        List<Long> changed = new ArrayList<>();
        long p01DemandAfter = 0;
        long awaiting = 0;
        for (Proposal p : tx.execute(s -> {
            List<Proposal> all = proposals.findAll();
            all.forEach(x -> { x.getCompany().getName(); x.getRecommendations().size(); });
            return all;
        })) {
            var facts = RulesFacts.of(p.getId(), ProposalEntities.toForm(p));
            RoutedProposal was = active.route(facts);
            RoutedProposal now = draft.route(facts);
            was.recommendations().forEach(r -> before.computeIfAbsent(r.programme(), k -> new HashMap<>()).merge(r.eligibility(), 1L, Long::sum));
            now.recommendations().forEach(r -> after.computeIfAbsent(r.programme(), k -> new HashMap<>()).merge(r.eligibility(), 1L, Long::sum));
            if (!was.recommendations().equals(now.recommendations())) {
                changed.add(p.getId());
            }
            boolean decided = declined.contains(p.getId());
            boolean open = List.of(ProposalStatus.NEW, ProposalStatus.AWAITING_REVIEW, ProposalStatus.NEEDS_INFO).contains(p.getStatus());
            if (open && !decided) {
                awaiting++;
                p01DemandAfter += now.recommendation("P01").filter(r -> r.eligibility() == Eligibility.ELIGIBLE)
                        .map(RoutedRecommendation::allocation).map(a -> (long) a.gpus()).orElse(0L);
            }
        }

        assertThat(report.simulated()).isEqualTo(PROPOSALS);
        assertThat(report.draftHash()).isEqualTo(draft.hash()).isNotEqualTo(report.activeHash());
        for (ProgrammeImpact programme : report.programmes()) {
            for (Eligibility e : Eligibility.values()) {
                assertThat(programme.before().of(e)).as(programme.code() + " " + e + " before")
                        .isEqualTo(before.getOrDefault(programme.code(), Map.of()).getOrDefault(e, 0L));
                assertThat(programme.after().of(e)).as(programme.code() + " " + e + " after")
                        .isEqualTo(after.getOrDefault(programme.code(), Map.of()).getOrDefault(e, 0L));
            }
        }
        assertThat(report.programmes()).extracting(ProgrammeImpact::code).containsAll(after.keySet());
        assertThat(report.changes()).extracting(ProposalChange::proposalId).containsExactlyElementsOf(changed);
        assertThat(changed).isNotEmpty();
        // Raising the named cap (caps.drl) touches P01 and P02 only: SMEs and the like asking 17–32 GPUs are now a
        // P01 request (classified once, classification.drl), so they gain P01 and leave P02; P01 rows already
        // there change their reason, which names the cap.
        assertThat(report.changes()).allSatisfy(c -> assertThat(c.programmes()).isNotEmpty().allSatisfy(pc -> {
            assertThat(pc.programme()).isIn("P01", "P02");
            if (pc.programme().equals("P02")) {
                assertThat(pc.kind()).isEqualTo(ProgrammeChange.Kind.REMOVED);
            } else if (pc.kind() == ProgrammeChange.Kind.ADDED) {
                assertThat(pc.rulesAfter()).contains("R-CMP-01");
            }
        }));
        assertThat(report.changes()).flatMap(ProposalChange::programmes)
                .filteredOn(pc -> pc.kind() == ProgrammeChange.Kind.ADDED && pc.eligibilityAfter() == Eligibility.ELIGIBLE)
                .isNotEmpty()
                .allSatisfy(pc -> assertThat(pc.allocationAfter()).matches("(1[7-9]|2\\d|3[0-2]) GPU × [1-4]개월.*"));
        ProgrammeImpact p01 = report.programmes().stream().filter(p -> p.code().equals("P01")).findFirst().orElseThrow();
        assertThat(p01.demandAfter()).isEqualTo(p01DemandAfter).isGreaterThan(p01.demandBefore());
        assertThat(report.workload().openRerouted()).isEqualTo(awaiting);
        assertThat(report.decidedChanges()).extracting(ProposalChange::proposalId).containsExactlyInAnyOrderElementsOf(declined);
        assertThat(report.workload().decidedChanged()).isEqualTo(declined.size());
        assertThat(report.workload().openChanged()).isEqualTo(changed.size() - declined.size());
        assertThat(report.changes().get(0).link()).isEqualTo("proposals/" + report.changes().get(0).proposalId());
        // One progress call before the first page, then one per page of 100.
        assertThat(progress).hasSize(1 + (PROPOSALS + 99) / 100);
        assertThat(progress.get(progress.size() - 1)).containsExactly(PROPOSALS, PROPOSALS);
    }

    @Test
    void a_page_read_as_an_id_range_or_an_id_list_holds_exactly_the_ids_asked_for() {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        List<Long> ids = queue.idsAfter(QueueFilter.none(), 0, 30);
        assertThat(ids).hasSize(30);
        // Two of every three: dense, read as an id range whose holes must not come back.
        List<Long> dense = java.util.stream.IntStream.range(0, ids.size()).filter(i -> i % 3 != 0).mapToObj(ids::get).toList();
        // One of every five: sparse, read by the id list.
        List<Long> sparse = java.util.stream.IntStream.range(0, ids.size()).filter(i -> i % 5 == 0).mapToObj(ids::get).toList();

        assertThat(stored.page(dense).stream().map(StoredProposal::id).toList()).isEqualTo(dense);
        assertThat(stored.page(sparse).stream().map(StoredProposal::id).toList()).isEqualTo(sparse);
        assertThat(stored.page(List.of(ids.get(7))).stream().map(StoredProposal::id).toList()).containsExactly(ids.get(7));
    }

    @Test
    void a_queue_filter_selects_what_is_simulated() {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        QueueFilter p02Only = QueueFilter.none().withProgramme("P02", null);
        ImpactReport report = simulation.simulate(ImpactFixtures.p01RaisedTo32(), p02Only, null, null);
        long recommendingP02 = tx.execute(s -> proposals.findAll().stream()
                .filter(p -> p.getRecommendations().stream().anyMatch(r -> r.getProgramme().value().equals("P02")
                        && r.getEligibility() != Eligibility.INELIGIBLE)).count());
        assertThat(report.simulated()).isEqualTo(recommendingP02).isLessThan(PROPOSALS).isPositive();
        assertThat(report.selection()).isEqualTo(p02Only);
    }

    @Test
    void nothing_stored_changes() throws Exception {
        String before = database();
        TestSecurity.signIn(context, "analyst", "ANALYST");
        simulation.simulate(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), null, null);
        ImpactRun run = simulation.start(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), null);
        run.result().get(60, TimeUnit.SECONDS);
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void cancel_stops_the_run_at_the_next_page() {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        AtomicInteger pages = new AtomicInteger();
        assertThatThrownBy(() -> simulation.simulate(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(),
                (done, total) -> pages.set((int) done / 100), () -> pages.get() >= 2))
                .isInstanceOfSatisfying(SimulationCancelled.class, c -> {
                    assertThat(c.getDone()).isEqualTo(200);
                    assertThat(c.getTotal()).isEqualTo(PROPOSALS);
                });
    }

    @Test
    void a_background_run_is_cancelled_from_another_thread_and_its_result_says_so() throws Exception {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        List<Long> seen = new CopyOnWriteArrayList<>();
        ImpactRun[] run = new ImpactRun[1];
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        run[0] = simulation.start(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), (done, total) -> {
            seen.add(done);
            if (done > 0) {
                started.countDown();
                try {
                    cancelled.await(10, TimeUnit.SECONDS); // hold the run until the test cancelled it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        run[0].cancel();
        cancelled.countDown();
        // A CompletableFuture completed with a CancellationException throws it as it is.
        assertThatThrownBy(() -> run[0].result().join()).isInstanceOf(SimulationCancelled.class);
        assertThat(run[0].result().isCancelled()).isTrue();
        assertThat(seen).containsExactly(0L, 100L);
    }

    @Test
    void a_draft_that_does_not_compile_is_refused_with_its_line() {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        Map<String, String> broken = ImpactFixtures.p01RaisedTo32();
        String p01 = broken.keySet().stream().filter(p -> p.endsWith("p01-hpc-cloud.drl")).findFirst().orElseThrow();
        String misspelt = broken.get(p01).replace("$gpus : compute.quantity", "$gpus : compute.quantitty");
        assertThat(misspelt).isNotEqualTo(broken.get(p01));
        broken.put(p01, misspelt);
        assertThatThrownBy(() -> simulation.simulate(broken, QueueFilter.none(), null, null))
                .isInstanceOfSatisfying(DraftRefused.class, refused -> assertThat(refused.getProblems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(p01);
                            assertThat(problem.line()).isPositive();
                        }));
        ImpactRun run = simulation.start(broken, QueueFilter.none(), null);
        assertThatThrownBy(() -> run.result().join()).hasCauseInstanceOf(DraftRefused.class);
    }

    @Test
    void an_officer_may_not_simulate() {
        TestSecurity.signIn(context, "officer", "OFFICER");
        assertThatThrownBy(() -> simulation.simulate(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> simulation.start(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_programme_whose_eligible_demand_would_exceed_what_remains_stands_out() throws Exception {
        Long capacity = TestSecurity.runAs(context, "admin", "ADMIN", () -> programmes.programme("P01").capacity());
        try {
            TestSecurity.signIn(context, "analyst", "ANALYST");
            long demandBefore = simulation.simulate(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), null, null)
                    .programmes().stream().filter(p -> p.code().equals("P01")).findFirst().orElseThrow().demandBefore();
            // Room for exactly today's demand: the draft's extra P01 demand would not fit.
            TestSecurity.runAs(context, "admin", "ADMIN", () -> programmes.changeCapacity("P01", demandBefore));
            TestSecurity.signIn(context, "admin", "ADMIN");
            ImpactReport report = simulation.simulate(ImpactFixtures.p01RaisedTo32(), QueueFilter.none(), null, null);
            ProgrammeImpact p01 = report.programmes().stream().filter(p -> p.code().equals("P01")).findFirst().orElseThrow();
            assertThat(p01.remaining()).isEqualTo(demandBefore);
            assertThat(p01.exceededBefore()).isFalse();
            assertThat(p01.exceededAfter()).isTrue();
            assertThat(report.exceededProgrammes()).extracting(ProgrammeImpact::code).containsExactly("P01");
        } finally {
            TestSecurity.runAs(context, "admin", "ADMIN", () -> programmes.changeCapacity("P01", capacity));
        }
    }

    /** Every table's rows, hashed: what "nothing stored changes" is checked against. */
    private String database() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type in ('TABLE', 'BASE TABLE') order by table_name", String.class);
        assertThat(tables).contains("proposal", "recommendation", "audit_entry", "programme");
        StringBuilder counts = new StringBuilder();
        for (String table : tables) {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table + " order by 1");
            counts.append(table).append('=').append(rows.size()).append(' ');
            rows.forEach(row -> sha.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return counts + HexFormat.of().formatHex(sha.digest());
    }
}
