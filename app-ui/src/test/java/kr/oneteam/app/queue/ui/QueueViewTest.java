package kr.oneteam.app.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QueueViewTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Test
    void free_text_finds_proposals_by_company_or_title() {
        fixtures.gpuProposal("큐검색 알파", "알파 제목", "본문", 1);
        fixtures.gpuProposal("큐검색 베타", "특이한제목-베타", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐검색 알파");
        assertThat(companies()).containsExactly("큐검색 알파");

        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "특이한제목");
        assertThat(companies()).containsExactly("큐검색 베타");
    }

    @Test
    void status_filter_and_counts_come_from_the_database() {
        long decided = fixtures.gpuProposal("큐상태 결정", "상태 제목", "본문", 1);
        fixtures.gpuProposal("큐상태 대기", "상태 제목", "본문", 1);
        signInAs("officer", "OFFICER");
        var detail = review.proposal(decided);
        review.decline(decided, detail.version(), detail.recommendations().get(0).id(), "예산 소진");
        UI.getCurrent().navigate(QueueView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐상태");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-status")), ProposalStatus.DECIDED);
        assertThat(companies()).containsExactly("큐상태 결정");
        // The counts ignore the status filter itself, so each status shows how many the other filters leave.
        assertThat(_get(Button.class, spec -> spec.withId("count-DECIDED")).getText()).isEqualTo("결정 1");
        assertThat(_get(Button.class, spec -> spec.withId("count-AWAITING_REVIEW")).getText()).isEqualTo("검토 대기 1");
    }

    @Test
    void programme_and_eligibility_filters_use_the_recommendations() {
        fixtures.gpuProposal("큐사업 감마", "사업 제목", "본문", 1);
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(QueueView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐사업 감마");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-programme")), "P02");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-eligibility")), Eligibility.INELIGIBLE);
        assertThat(companies()).containsExactly("큐사업 감마");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-eligibility")), Eligibility.ELIGIBLE);
        assertThat(companies()).isEmpty();

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-eligibility")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-programme")), "P01");
        assertThat(companies()).containsExactly("큐사업 감마");

        // A programme alone means "recommended": the rules' INELIGIBLE P02 does not count.
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-programme")), "P02");
        assertThat(companies()).isEmpty();
    }

    @Test
    void a_row_shows_top_recommendation_and_eligible_count_previews_and_opens_the_proposal() {
        long id = fixtures.gpuProposal("큐행 델타", "행 제목", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐행 델타");

        Grid<QueueRow> grid = grid();
        QueueRow row = GridKt._get(grid, 0);
        assertThat(row.topProgramme()).isEqualTo("P01");
        assertThat(row.eligibleCount()).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("검토 대기");

        GridKt._clickItem(grid, 0);
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("preview-title")).getText())
                .isEqualTo("행 제목");
        _click(_get(Button.class, spec -> spec.withId("preview-open")));
        assertThat(_get(ProposalView.class).getPageTitle()).isEqualTo("행 제목");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("proposals/" + id);
    }

    @Test
    void clearing_the_filters_shows_everything_again() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        int all = GridKt._size(grid());
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "존재하지 않는 회사명");
        assertThat(GridKt._size(grid())).isZero();
        _click(_get(Button.class, spec -> spec.withId("filter-clear")));
        assertThat(GridKt._size(grid())).isEqualTo(all);
    }

    @SuppressWarnings("unchecked")
    private static Grid<QueueRow> grid() {
        return _get(Grid.class, spec -> spec.withId("queue-grid"));
    }

    private static List<String> companies() {
        Grid<QueueRow> grid = grid();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            names.add(GridKt._get(grid, i).company());
        }
        return names;
    }
}
