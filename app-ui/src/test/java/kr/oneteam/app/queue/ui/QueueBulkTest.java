package kr.oneteam.app.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.review.AuditLine;
import kr.oneteam.app.review.Officer;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Selected rows are assigned, or asked for information, in one action; what cannot be done is said. */
class QueueBulkTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Test
    void selected_rows_are_assigned_to_an_officer_in_one_action_and_each_is_audited() {
        long a = fixtures.gpuProposal("큐일괄 하나", "일괄 제목", "본문", 1);
        long b = fixtures.gpuProposal("큐일괄 둘", "일괄 제목", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐일괄");
        _assertNone(Div.class, spec -> spec.withId("bulk-bar"));

        grid().asMultiSelect().select(GridKt._get(grid(), 0), GridKt._get(grid(), 1));
        ComboBox<Officer> officer = _get(ComboBox.class, spec -> spec.withId("bulk-officer"));
        _setValue(officer, officer.getListDataView().getItems().filter(o -> o.username().equals("admin")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("bulk-assign")));

        assertThat(review.proposal(a).assignee()).isEqualTo("admin");
        assertThat(review.proposal(b).assignee()).isEqualTo("admin");
        AuditLine last = review.proposal(a).history().get(review.proposal(a).history().size() - 1);
        assertThat(last.action()).isEqualTo("ASSIGN");
        assertThat(last.actor()).isEqualTo("officer");
        assertThat(last.after()).isEqualTo("admin");
        NotificationsKt.expectNotifications("2건의 담당자를 지정했습니다.");
    }

    @Test
    void asking_selected_rows_for_information_does_those_that_can_and_names_those_that_cannot() {
        long waiting = fixtures.gpuProposal("큐보완 대기", "보완 제목", "본문", 1);
        long asked = fixtures.gpuProposal("큐보완 이미", "보완 제목", "본문", 1);
        signInAs("officer", "OFFICER");
        review.requestInfo(asked, review.proposal(asked).version(), "먼저 물었습니다");
        UI.getCurrent().navigate(QueueView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐보완");
        grid().asMultiSelect().select(GridKt._get(grid(), 0), GridKt._get(grid(), 1));

        _click(_get(Button.class, spec -> spec.withId("bulk-info")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-info-text")), "사업자등록증을 보내 주세요");
        _click(_get(Button.class, spec -> spec.withId("bulk-info-send")));

        assertThat(review.proposal(waiting).status()).isEqualTo(ProposalStatus.NEEDS_INFO);
        assertThat(review.proposal(waiting).infoQuestion()).isEqualTo("사업자등록증을 보내 주세요");
        assertThat(review.proposal(asked).infoQuestion()).isEqualTo("먼저 물었습니다");
        NotificationsKt.expectNotifications(
                "1건에 보완을 요청했습니다. 1건은 처리하지 못했습니다: 큐보완 이미: 현재 상태(NEEDS_INFO)에서는 할 수 없는 작업입니다.");
    }

    @Test
    void an_analyst_gets_no_selection_and_no_bulk_actions() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(QueueView.class);

        assertThat(grid().getSelectionMode()).isEqualTo(Grid.SelectionMode.SINGLE);
        _assertNone(Button.class, spec -> spec.withId("bulk-assign"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<QueueRow> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }
}
