package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProposalViewTest extends KaribuSpringTest {

    @Autowired
    ProgrammeService programmes;

    @Test
    void proposal_text_with_markup_is_shown_as_literal_text() {
        long id = fixtures.gpuProposal("마크업 주식회사", "<b>제목</b>", "<img src=x onerror=alert(1)>", 4);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        Div text = _get(Div.class, spec -> spec.withId("proposal-text"));
        assertThat(text.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(text.getElement().getChildCount()).isZero();
        assertThat(text.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void accepting_a_gpu_recommendation_reserves_its_allocation_and_is_audited() {
        long id = fixtures.gpuProposal("가속 주식회사", "GPU 16장 요청", "미세조정용 GPU가 필요합니다", 16);
        signInAs("officer", "OFFICER");
        long before = remainingOfP01();
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(Button.class, spec -> spec.withId("accept-P01")));

        assertThat(remainingOfP01()).isEqualTo(before - 16);
        assertThat(_get(Span.class, spec -> spec.withId("decision-P01")).getText()).contains("채택").contains("officer");
        NotificationsKt.expectNotifications("채택했습니다.");
    }

    @Test
    void declining_without_a_comment_is_refused_with_a_message_on_the_comment() {
        long id = fixtures.gpuProposal("반려 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(Button.class, spec -> spec.withId("decline-P01")));

        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-P01"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("반려하려면 의견을 입력하세요.");
    }

    private long remainingOfP01() {
        return programmes.programme("P01").remaining();
    }
}
