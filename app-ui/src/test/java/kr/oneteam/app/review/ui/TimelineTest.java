package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.time.Clock;
import java.util.List;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.review.TimelineEntry;
import kr.oneteam.app.review.TimelineEntry.Kind;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One timeline per case, newest first, from the audit log; receipt from the proposal's own columns. */
class TimelineTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Autowired
    AuditLog audit;

    @Test
    void every_step_of_a_case_is_one_line_newest_first_with_who_and_what() {
        long id = fixtures.gpuProposal("이력 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        ProposalDetail d = review.proposal(id);
        d = review.assign(id, d.version(), "officer");
        d = review.accept(id, d.version(), rec(d, "P01"), null);
        d = review.reopenDecision(id, d.version(), rec(d, "P01"));
        d = review.decline(id, d.version(), rec(d, "P06"), "공공수요 아님");
        d = review.addOverride(id, d.version(), "P14", "AX 실증 연계");
        d = review.reply(id, d.version(), "검토 결과를 알려 드립니다.");
        d = review.addFollowUp(id, d.version(), "NIPA 연계 회의", "김담당", java.time.LocalDate.of(2030, 1, 15));
        d = review.close(id, d.version());
        review.reopen(id, d.version());

        UI.getCurrent().navigate(ProposalView.class, id);

        List<TimelineEntry> timeline = review.proposal(id).timeline();
        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(Kind.REOPENED, Kind.CLOSED,
                Kind.FOLLOW_UP_ADDED, Kind.REPLIED, Kind.OVERRIDDEN, Kind.DECLINED, Kind.UNDONE, Kind.ACCEPTED,
                Kind.ASSIGNED, Kind.ROUTED, Kind.RECEIVED);
        assertThat(timeline).extracting(TimelineEntry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        TimelineEntry declined = timeline.get(5);
        assertThat(declined.actor()).isEqualTo("officer");
        assertThat(declined.subject()).isEqualTo("P06");
        assertThat(declined.detail()).isEqualTo("공공수요 아님");
        assertThat(timeline.get(4).detail()).startsWith("AX 실증 연계");
        assertThat(timeline.get(3).detail()).isEqualTo("검토 결과를 알려 드립니다.");

        List<ListItem> lines = _find(_get(OrderedList.class, spec -> spec.withId("timeline-list")), ListItem.class);
        assertThat(lines).hasSize(11);
        assertThat(text(lines.get(0))).contains("재개").contains("officer");
        assertThat(text(lines.get(5))).contains("불수용 P06").contains("officer").contains("공공수요 아님");
        assertThat(text(lines.get(8))).contains("담당자 지정: officer");
        // The version that routed it, by its name (the short form of its hash since decision 050).
        assertThat(text(lines.get(9))).contains("규칙 적용").contains("규칙 엔진").contains(fixtures.rulesetNameOf(id));
        assertThat(text(lines.get(10))).contains("접수").contains("접수 경로: 현장간담회");
    }

    @Test
    void a_proposal_with_a_receive_entry_takes_its_routing_line_from_the_log_not_from_its_columns() {
        long id = fixtures.gpuProposal("접수기록 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        audit.save(new AuditEntry(Clock.systemUTC(), "intake", id, "RECEIVE", null, "ruleset 7 abc123 · P01 ELIGIBLE"));

        List<TimelineEntry> timeline = review.proposal(id).timeline();

        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(Kind.ROUTED, Kind.RECEIVED);
        assertThat(timeline.get(0).actor()).isEqualTo("intake");
        assertThat(timeline.get(0).detail()).isEqualTo("ruleset 7 abc123 · P01 ELIGIBLE");
    }

    @Test
    void a_re_routed_proposal_keeps_the_version_its_first_routing_used() {
        long id = fixtures.gpuProposal("재분류 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        audit.save(new AuditEntry(Clock.systemUTC(), "system", id, "REROUTE", "ruleset 2026.0", "ruleset 2026.1 · P01 ELIGIBLE"));

        List<TimelineEntry> timeline = review.proposal(id).timeline();

        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(Kind.REROUTED, Kind.ROUTED, Kind.RECEIVED);
        assertThat(timeline.get(1).detail()).isEqualTo("ruleset 2026.0");
        assertThat(timeline.get(0).detail()).isEqualTo("ruleset 2026.1 · P01 ELIGIBLE");
    }

    private static long rec(ProposalDetail detail, String programme) {
        return detail.recommendations().stream().filter(r -> r.programme().equals(programme)).findFirst().orElseThrow().id();
    }

    private static String text(ListItem item) {
        StringBuilder text = new StringBuilder();
        item.getChildren().forEach(c -> text.append(c.getElement().getText()).append(" | "));
        return text.toString();
    }
}
