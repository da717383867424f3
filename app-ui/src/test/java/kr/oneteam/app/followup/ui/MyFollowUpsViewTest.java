package kr.oneteam.app.followup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import kr.oneteam.app.followup.DueItem;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyFollowUpsViewTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Test
    void my_follow_ups_list_only_mine_and_the_feed_address_is_shown_once_then_revoked() {
        signInAs("officer", "OFFICER");
        long id = fixtures.gpuProposal("내후속 주식회사", "후속 제목", "본문", 1);
        review.addFollowUp(id, review.currentVersion(id), "내가 할 일", "officer", LocalDate.of(2020, 1, 2));
        review.addFollowUp(id, review.currentVersion(id), "남이 할 일", "analyst", LocalDate.of(2020, 1, 2));
        UI.getCurrent().navigate(MyFollowUpsView.class);

        @SuppressWarnings("unchecked")
        Grid<DueItem> grid = _get(Grid.class, spec -> spec.withId("my-follow-ups-grid"));
        java.util.List<String> actions = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            actions.add(GridKt._get(grid, i).action());
        }
        assertThat(actions).contains("내가 할 일").doesNotContain("남이 할 일");

        _click(_get(Button.class, spec -> spec.withId("feed-issue")));
        TextField address = _get(TextField.class, spec -> spec.withId("feed-address"));
        assertThat(address.isVisible()).isTrue();
        assertThat(address.getValue()).matches(".*/calendar/otf_[A-Za-z0-9_-]{43}\\.ics");
        assertThat(_get(Paragraph.class, spec -> spec.withId("feed-status")).getText()).startsWith("켜진 피드: otf_");

        _click(_get(Button.class, spec -> spec.withId("feed-revoke")));
        assertThat(address.isVisible()).isFalse();
        assertThat(address.getValue()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("feed-status")).getText()).isEqualTo("켜진 피드가 없습니다.");
    }
}
