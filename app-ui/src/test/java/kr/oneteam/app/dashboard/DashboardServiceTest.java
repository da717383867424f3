package kr.oneteam.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.oneteam.app.dashboard.InsightFixtures.Rec;
import kr.oneteam.app.dashboard.OverrideTally.Kind;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * 현황's numbers on a seeded data set: each equals what was seeded and what a direct SQL count over the same rows
 * gives, and each figure's link opens a queue of exactly that many proposals. Every test seeds its own two weeks.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(InsightFixtures.class)
class DashboardServiceTest {

    @Autowired ApplicationContext context;
    @Autowired InsightFixtures fixtures;
    @Autowired DashboardService dashboards;
    @Autowired QueueService queue;
    @Autowired ReviewService review;
    @Autowired IntakeEvents events;
    @Autowired JdbcTemplate jdbc;

    private static final String TALENT = "정책과제 이관: " + Category.TALENT.korean();
    private static final String TAX = "정책과제 이관: " + Category.TAX.korean();

    /** The seeded proposals, in order. */
    private long[] ids;
    private LocalDate monday;

    @BeforeEach
    void signIn() {
        TestSecurity.signIn(context, "officer", "OFFICER");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Five proposals of four companies over the two weeks from {@code firstMonday}; overrides and follow-ups. */
    private DashboardScope seed(LocalDate firstMonday, String tag) {
        monday = firstMonday;
        long a = fixtures.company("현황A " + tag);
        long b = fixtures.company("현황B " + tag);
        long c = fixtures.company("현황C " + tag);
        long d = fixtures.company("현황D " + tag);
        ids = new long[] {
            fixtures.proposal(a, monday.plusDays(1), Channel.MEETING, SizeClass.SME, Region.CAPITAL, Set.of(Category.COMPUTE),
                    new Rec("P01", Eligibility.ELIGIBLE, "R-CMP-01", "중소기업 GPU"),
                    new Rec("P02", Eligibility.INELIGIBLE, "R-CMP-X2", "중복 지원 불가")),
            fixtures.proposal(b, monday.plusDays(2), Channel.PORTAL, SizeClass.LARGE, Region.NON_CAPITAL,
                    Set.of(Category.COMPUTE, Category.TAX),
                    new Rec("P01", Eligibility.INELIGIBLE, "R-CMP-X1", "대기업 제외"),
                    new Rec("BACKLOG", Eligibility.ELIGIBLE, "R-BKL-01", TAX)),
            fixtures.proposal(c, monday.plusDays(8), Channel.PORTAL, SizeClass.SME, Region.NON_CAPITAL, Set.of(Category.TALENT),
                    new Rec("BACKLOG", Eligibility.ELIGIBLE, "R-BKL-01", TALENT)),
            fixtures.proposal(a, monday.plusDays(9), Channel.PORTAL, SizeClass.SME, Region.CAPITAL, Set.of(Category.TALENT),
                    new Rec("BACKLOG", Eligibility.ELIGIBLE, "R-BKL-01", TALENT)),
            fixtures.proposal(d, monday.plusDays(13), Channel.PORTAL, SizeClass.MIDSIZE, Region.CAPITAL,
                    Set.of(Category.DATA), new Rec("P03", Eligibility.CONDITIONAL, "R-DAT-01", "데이터 샌드박스"))
        };
        return new DashboardScope(monday, monday.plusDays(13), null, null, null);
    }

    @Test
    void every_count_equals_the_seeded_data_and_a_direct_sql_count() {
        DashboardScope scope = seed(LocalDate.of(2024, 3, 4), "1");
        Dashboard d = dashboards.dashboard(scope);

        assertThat(d.proposals()).isEqualTo(5).isEqualTo(sql("select count(*) from proposal" + window()));

        Map<Category, Long> categories = tallies(d.categories());
        assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.of(Category.COMPUTE, 2L, Category.TALENT, 2L,
                Category.TAX, 1L, Category.DATA, 1L));
        Map<Category, Long> bySql = new HashMap<>();
        jdbc.queryForList("select categories from proposal" + window(), String.class).forEach(set -> Arrays.stream(
                set.split("[,|;]")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> bySql.merge(Category.valueOf(name), 1L, Long::sum)));
        assertThat(categories).isEqualTo(bySql);

        Map<String, Long> programmes = d.programmes().stream().collect(Collectors.toMap(
                t -> t.programme() + " " + t.eligibility(), ProgrammeTally::count));
        assertThat(programmes).isEqualTo(Map.of("P01 ELIGIBLE", 1L, "P01 INELIGIBLE", 1L, "P02 INELIGIBLE", 1L,
                "BACKLOG ELIGIBLE", 3L, "P03 CONDITIONAL", 1L));
        Map<String, Long> programmesBySql = new HashMap<>();
        jdbc.query("select r.programme, r.eligibility, count(*) from recommendation r join proposal p on p.id = r.proposal_id"
                + window().replace(" where ", " where p.") + " group by r.programme, r.eligibility",
                rs -> { programmesBySql.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)); });
        assertThat(programmes).isEqualTo(programmesBySql);

        Map<String, Long> sizes = d.sizeRegions().stream().collect(Collectors.toMap(
                t -> t.sizeClass() + " " + t.region(), SizeRegionTally::count));
        assertThat(sizes).isEqualTo(Map.of("SME CAPITAL", 2L, "SME NON_CAPITAL", 1L, "LARGE NON_CAPITAL", 1L,
                "MIDSIZE CAPITAL", 1L));
        Map<String, Long> sizesBySql = new HashMap<>();
        jdbc.query("select size_class, region, count(*) from proposal" + window() + " group by size_class, region",
                rs -> { sizesBySql.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3)); });
        assertThat(sizes).isEqualTo(sizesBySql);

        assertThat(d.weeks()).extracting(Tally::key).containsExactly(monday, monday.plusWeeks(1));
        assertThat(d.weeks()).extracting(Tally::count).containsExactly(2L, 3L);

        assertThat(d.backlog()).extracting(BacklogItem::text, BacklogItem::companies, BacklogItem::proposals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TALENT, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(TAX, 1L, 1L));

        assertThat(tallies(d.deadlines())).containsEntry(DeadlineState.NONE, 5L);
    }

    @Test
    void every_figure_links_to_a_queue_of_exactly_its_count() {
        DashboardScope scope = seed(LocalDate.of(2024, 5, 6), "2");
        Dashboard d = dashboards.dashboard(scope);
        assertThat(queue.count(scope.filter())).isEqualTo(d.proposals());
        d.categories().forEach(t -> assertThat(queue.count(t.link())).as("%s", t.key()).isEqualTo(t.count()));
        d.sizeRegions().forEach(t -> assertThat(queue.count(t.link())).as("%s", t).isEqualTo(t.count()));
        d.weeks().forEach(t -> assertThat(queue.count(t.link())).as("%s", t.key()).isEqualTo(t.count()));
        d.deadlines().forEach(t -> assertThat(queue.count(t.link())).as("%s", t.key()).isEqualTo(t.count()));
        // Programme tallies count recommendations; with one recommendation per programme and proposal they agree.
        d.programmes().forEach(t -> assertThat(queue.count(t.link())).as("%s", t).isEqualTo(t.count()));
        d.backlog().forEach(t -> assertThat(queue.count(t.link())).as("%s", t.text()).isEqualTo(t.proposals()));
    }

    @Test
    void override_analytics_count_each_way_officers_overrule_a_rule_by_rule_and_programme() {
        DashboardScope scope = seed(LocalDate.of(2024, 7, 1), "3");
        // Declined what R-CMP-01 recommended; accepted what R-CMP-X1 ruled out; added P07 that no rule proposed.
        var first = review.proposal(ids[0]);
        long p01 = first.recommendations().stream().filter(r -> r.programme().equals("P01")).findFirst().orElseThrow().id();
        review.decline(ids[0], first.version(), p01, "예산 소진");
        review.addOverride(ids[0], review.currentVersion(ids[0]), "P07", "바우처가 더 맞음");
        review.addOverride(ids[1], review.currentVersion(ids[1]), "P01", "공공 목적 과제");

        List<OverrideTally> overrides = dashboards.dashboard(scope).overrides();

        assertThat(overrides).extracting(OverrideTally::kind, OverrideTally::rule, OverrideTally::programme,
                OverrideTally::count, OverrideTally::acted).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.DECLINED_RECOMMENDED, "R-CMP-01", "P01", 1L, 1L),
                org.assertj.core.groups.Tuple.tuple(Kind.ACCEPTED_RULED_OUT, "R-CMP-X1", "P01", 1L, 1L),
                org.assertj.core.groups.Tuple.tuple(Kind.ADDED_UNPROPOSED, null, "P07", 1L, 1L));
        assertThat(sql("select count(*) from recommendation r join proposal p on p.id = r.proposal_id"
                + window().replace(" where ", " where p.") + " and (r.override or r.decision_outcome = 'DECLINED')"))
                .isEqualTo(overrides.stream().mapToLong(OverrideTally::count).sum());
    }

    @Test
    void follow_ups_are_counted_open_due_this_week_overdue_and_by_owner() {
        DashboardScope scope = seed(LocalDate.of(2024, 9, 2), "4");
        LocalDate today = Formats.todayInSeoul();
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        review.addFollowUp(ids[0], review.currentVersion(ids[0]), "NIPA 연결", "officer", sunday);
        review.addFollowUp(ids[1], review.currentVersion(ids[1]), "자료 요청", "analyst", today.minusDays(1));
        review.addFollowUp(ids[2], review.currentVersion(ids[2]), "재검토", "officer", today.plusDays(30));
        var done = review.addFollowUp(ids[3], review.currentVersion(ids[3]), "끝난 일", "officer", today);
        review.completeFollowUp(ids[3], done.version(), done.followUps().get(0).id());

        FollowUpSummary f = dashboards.dashboard(scope).followUps();

        assertThat(f.open()).isEqualTo(3);
        assertThat(f.dueThisWeek()).isEqualTo(1);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.owners()).extracting(FollowUpSummary.Owner::owner, FollowUpSummary.Owner::open,
                FollowUpSummary.Owner::overdue).containsExactly(org.assertj.core.groups.Tuple.tuple("officer", 2L, 0L),
                org.assertj.core.groups.Tuple.tuple("analyst", 1L, 1L));
        assertThat(sql("select count(*) from follow_up f join proposal p on p.id = f.proposal_id"
                + window().replace(" where ", " where p.") + " and not f.done")).isEqualTo(f.open());
    }

    @Test
    void an_event_scope_is_its_channel_and_days_and_an_unknown_event_is_refused() {
        seed(LocalDate.of(2024, 11, 4), "5");
        TestSecurity.signIn(context, "admin", "ADMIN");
        var event = events.create("TEST-2024-11-05", "시험 간담회", "Test meeting", Channel.MEETING,
                monday.plusDays(1), monday.plusDays(1));

        Dashboard d = dashboards.dashboard(new DashboardScope(null, null, null, event.id(), null));

        assertThat(d.proposals()).isEqualTo(1);
        assertThat(d.scope().channel()).isEqualTo(Channel.MEETING);
        assertThat(queue.page(d.scope().filter(), org.springframework.data.domain.PageRequest.of(0, 10)))
                .extracting(r -> r.id()).containsExactly(ids[0]);
        assertThatThrownBy(() -> dashboards.dashboard(new DashboardScope(null, null, null, 999_999L, null)))
                .isInstanceOf(kr.oneteam.app.review.ReviewRefused.class);
    }

    @Test
    void the_seeded_kosa_meeting_scopes_the_demo_proposals() {
        var kosa = events.all().stream().filter(e -> e.code().equals("KOSA-2025-07-08")).findFirst().orElseThrow();
        Dashboard d = dashboards.dashboard(new DashboardScope(null, null, null, kosa.id(), null));
        assertThat(d.proposals()).isEqualTo(sql("select count(*) from proposal where channel = 'MEETING'"
                + " and received_at >= timestamp with time zone '2025-07-08 00:00:00+09:00'"
                + " and received_at < timestamp with time zone '2025-07-09 00:00:00+09:00'"));
    }

    @Test
    void intake_accounts_see_no_dashboard() {
        TestSecurity.signIn(context, "intake", "INTAKE");
        assertThatThrownBy(() -> dashboards.dashboard(DashboardScope.all())).isInstanceOf(AccessDeniedException.class);
    }

    private String window() {
        return " where received_at >= timestamp with time zone '" + monday + " 00:00:00+09:00'"
                + " and received_at < timestamp with time zone '" + monday.plusDays(14) + " 00:00:00+09:00'";
    }

    private long sql(String query) {
        return jdbc.queryForObject(query, Long.class);
    }

    private static <K> Map<K, Long> tallies(List<Tally<K>> tallies) {
        return tallies.stream().collect(Collectors.toMap(Tally::key, Tally::count));
    }
}
