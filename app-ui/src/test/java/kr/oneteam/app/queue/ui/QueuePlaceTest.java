package kr.oneteam.app.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The queue keeps its place in the URL: filters, sort and preview survive back, reload and a shared link. */
class QueuePlaceTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Test
    void filters_and_sort_are_restored_from_the_url() {
        fixtures.gpuProposal("큐주소 나", "주소 제목", "본문", 1);
        fixtures.gpuProposal("큐주소 가", "주소 제목", "본문", 1);
        long decided = fixtures.gpuProposal("큐주소 다", "주소 제목", "본문", 1);
        signInAs("officer", "OFFICER");
        var d = review.proposal(decided);
        review.accept(decided, d.version(), d.recommendations().get(0).id(), null);

        UI.getCurrent().navigate("queue", QueryParameters.simple(Map.of("q", "큐주소", "status", "AWAITING_REVIEW",
                "programme", "P01", "sort", "companyName.asc")));

        assertThat(_get(TextField.class, spec -> spec.withId("filter-text")).getValue()).isEqualTo("큐주소");
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-status")).getValue()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-programme")).getValue()).isEqualTo("P01");
        assertThat(companies()).containsExactly("큐주소 가", "큐주소 나");
        assertThat(grid().getSortOrder().get(0).getSorted().getKey()).isEqualTo("company");
    }

    @Test
    void what_the_officer_sets_is_written_to_the_url_and_a_fresh_screen_from_it_shows_the_same() {
        fixtures.gpuProposal("큐왕복 알파", "왕복 제목 알파", "본문", 1);
        long beta = fixtures.gpuProposal("큐왕복 베타", "왕복 제목 베타", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐왕복");
        GridKt._sortByKey(grid(), "company", SortDirection.DESCENDING);
        // Hangul order: 베 (ㅂ) before 알 (ㅇ), so descending shows 알파 first.
        assertThat(companies()).containsExactly("큐왕복 알파", "큐왕복 베타");
        GridKt._clickItem(grid(), 1);

        String url = _get(QueueView.class).currentLocation().getPathWithQueryParameters();
        assertThat(url).startsWith("queue?").contains("q=").contains("sort=companyName.desc").contains("preview=" + beta);

        // Reload, or the link sent to a colleague: a new UI that knows only the URL.
        signInAs("officer", "OFFICER");
        var link = new com.vaadin.flow.router.Location(url);
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat(_get(TextField.class, spec -> spec.withId("filter-text")).getValue()).isEqualTo("큐왕복");
        assertThat(companies()).containsExactly("큐왕복 알파", "큐왕복 베타");
        assertThat(_get(H3.class, spec -> spec.withId("preview-title")).getText()).isEqualTo("왕복 제목 베타");
    }

    @Test
    void a_url_with_values_that_are_not_ours_shows_the_whole_queue_instead_of_failing() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        int all = GridKt._size(grid());

        UI.getCurrent().navigate("queue", QueryParameters.simple(Map.of("status", "<script>", "from", "yesterday",
                "programme", "P99", "sort", "password.asc", "preview", "99999999999")));

        assertThat(GridKt._size(grid())).isEqualTo(all);
        assertThat(_get(QueueView.class).currentFilter().status()).isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-programme")).getValue()).isNull();
    }

    @Test
    void assigned_to_me_shows_only_the_officers_own_cases_and_travels_as_me_in_the_link() {
        long mine = fixtures.gpuProposal("큐담당 내것", "담당 제목", "본문", 1);
        long other = fixtures.gpuProposal("큐담당 남의것", "담당 제목", "본문", 1);
        signInAs("officer", "OFFICER");
        review.assign(mine, review.proposal(mine).version(), "officer");
        review.assign(other, review.proposal(other).version(), "admin");
        UI.getCurrent().navigate(QueueView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "큐담당");

        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-mine")), true);

        assertThat(companies()).containsExactly("큐담당 내것");
        assertThat(GridKt._getFormatted(grid(), 0, "assignee")).isEqualTo("officer");
        assertThat(_get(QueueView.class).currentLocation().getPathWithQueryParameters()).contains("assignee=me");
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
