package kr.oneteam.app.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.ReviewFixtures;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reply deadlines counted from receipt: a programme's days apply where the rules recommend it, a sandbox track's
 * wherever the proposal names it; the queue's badge (Java) and its filter (SQL) must say the same.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
class ReplyDeadlinesTest {

    @Autowired ApplicationContext context;
    @Autowired ReviewFixtures fixtures;
    @Autowired ReplyDeadlines deadlines;
    @Autowired QueueService queue;
    @Autowired ReviewService review;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestSecurity.signIn(context, "admin", "ADMIN", "OFFICER");
    }

    @AfterEach
    void clearDeadlines() {
        jdbc.update("update programme set reply_days = null");
        SecurityContextHolder.clearContext();
    }

    @Test
    void ict_sandbox_rapid_confirmation_is_due_thirty_days_after_receipt() {
        long id = fixtures.gpuProposal("기한 신속확인", "신속확인 요청", "본문", 1);
        receivedDaysAgo(id, 25);
        jdbc.update("update proposal set regulation_sandbox_track = 'RAPID_CONFIRMATION' where id = ?", id);

        ReplyDue due = due(id);
        assertThat(due.due()).isEqualTo(deadlines.today().minusDays(25).plusDays(30));
        assertThat(due.daysLeft()).isEqualTo(5);
        assertThat(due.state()).isEqualTo(DeadlineState.DUE_SOON);
    }

    @Test
    void a_programme_deadline_applies_only_where_the_rules_recommend_it() {
        long id = fixtures.gpuProposal("기한 사업", "GPU", "본문", 1);
        receivedDaysAgo(id, 40);
        // P02 is INELIGIBLE for this proposal: its deadline does not apply.
        deadlines.changeProgrammeDays("P02", 10);
        assertThat(due(id).state()).isEqualTo(DeadlineState.NONE);

        deadlines.changeProgrammeDays("P01", 30);
        ReplyDue due = due(id);
        assertThat(due.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(due.daysLeft()).isEqualTo(-10);
        assertThat(rowsIn(DeadlineState.OVERDUE)).contains(id);
        assertThat(rowsIn(DeadlineState.ON_TRACK)).doesNotContain(id);
        assertThat(rowsIn(DeadlineState.NONE)).doesNotContain(id);
    }

    @Test
    void the_earliest_deadline_wins_and_a_replied_proposal_counts_as_answered() {
        long id = fixtures.gpuProposal("기한 종결", "GPU", "본문", 1);
        receivedDaysAgo(id, 3);
        deadlines.changeProgrammeDays("P01", 60);
        deadlines.changeProgrammeDays("P06", 20);
        assertThat(due(id).daysLeft()).isEqualTo(17);
        assertThat(due(id).state()).isEqualTo(DeadlineState.ON_TRACK);

        var detail = review.proposal(id);
        review.decline(id, detail.version(), detail.recommendations().get(0).id(), "예산 소진");
        assertThat(due(id).state()).as("decided, not yet replied").isEqualTo(DeadlineState.ON_TRACK);
        review.reply(id, review.currentVersion(id), "검토 결과를 알려 드립니다.");
        assertThat(due(id).state()).isEqualTo(DeadlineState.ANSWERED);
        assertThat(rowsIn(DeadlineState.ANSWERED)).contains(id);
    }

    @Test
    void the_queue_filter_counts_what_the_badges_show_for_every_stored_proposal() {
        for (int days = 0; days < 12; days++) {
            receivedDaysAgo(fixtures.gpuProposal("기한 일치 " + days, "GPU", "본문", 1), days * 3);
        }
        deadlines.changeProgrammeDays("P01", 14);
        Map<DeadlineState, Long> byBadge = new EnumMap<>(DeadlineState.class);
        List<Long> all = jdbc.queryForList("select id from proposal", Long.class);
        deadlines.dueOf(all, deadlines.rules(), deadlines.today()).values()
                .forEach(d -> byBadge.merge(d.state(), 1L, Long::sum));
        for (DeadlineState state : DeadlineState.values()) {
            assertThat(queue.count(QueueFilter.none().withDeadline(state)))
                    .as("proposals %s", state).isEqualTo(byBadge.getOrDefault(state, 0L));
        }
        assertThat(byBadge.get(DeadlineState.OVERDUE)).isPositive();
        assertThat(byBadge.get(DeadlineState.DUE_SOON)).isPositive();
        assertThat(byBadge.get(DeadlineState.ON_TRACK)).isPositive();
    }

    @Test
    void a_deadline_outside_one_to_365_days_is_refused_and_nothing_changes() {
        deadlines.changeProgrammeDays("P01", 30);
        assertThatThrownBy(() -> deadlines.changeProgrammeDays("P01", 0))
                .isInstanceOfSatisfying(ReviewRefused.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.days.range"));
        assertThatThrownBy(() -> deadlines.changeProgrammeDays("P01", 366)).isInstanceOf(ReviewRefused.class);
        assertThat(jdbc.queryForObject("select reply_days from programme where code = 'P01'", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DEADLINE P01'", Long.class)).isPositive();
    }

    @Test
    void only_an_admin_changes_deadlines() {
        TestSecurity.signIn(context, "officer", "OFFICER");
        assertThatThrownBy(() -> deadlines.changeProgrammeDays("P01", 30))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private ReplyDue due(long id) {
        return deadlines.dueOf(List.of(id), deadlines.rules(), deadlines.today()).get(id);
    }

    private List<Long> rowsIn(DeadlineState state) {
        return queue.page(QueueFilter.none().withDeadline(state), PageRequest.of(0, 10_000)).stream().map(QueueRow::id).toList();
    }

    /** Received at noon in Seoul, {@code days} days before today. */
    private void receivedDaysAgo(long id, int days) {
        LocalDate day = deadlines.today().minusDays(days);
        jdbc.update("update proposal set received_at = ? where id = ?",
                day.atTime(LocalTime.NOON).atZone(Formats.SEOUL).toOffsetDateTime(), id);
    }
}
