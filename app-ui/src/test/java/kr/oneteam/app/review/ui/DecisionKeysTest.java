package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextArea;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.RecommendationLine;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions without the mouse: move between recommendations, accept, decline with a comment, undo, help. */
class DecisionKeysTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Test
    void j_and_k_move_between_recommendations_and_a_accepts_the_one_in_focus() {
        long id = fixtures.gpuProposal("키보드 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        RecommendationsPanel panel = _get(RecommendationsPanel.class);
        // Rows in screen order: P01 (eligible), P06 (conditional), P02 (ineligible).
        assertThat(panel.current().recommendation().programme()).isEqualTo("P01");

        _fireShortcut(panel, Key.KEY_J);
        assertThat(panel.current().recommendation().programme()).isEqualTo("P06");
        _fireShortcut(panel, Key.KEY_K);
        _fireShortcut(panel, Key.ARROW_DOWN);
        assertThat(panel.current().recommendation().programme()).isEqualTo("P06");

        _fireShortcut(panel, Key.KEY_A);

        assertThat(outcome(id, "P06")).isEqualTo(DecisionOutcome.ACCEPTED);
        assertThat(outcome(id, "P01")).isNull();
        // The page was redrawn; the keyboard carries on at the next recommendation still open.
        assertThat(_get(RecommendationsPanel.class).current().recommendation().programme()).isEqualTo("P01");
    }

    @Test
    void d_opens_the_comment_when_it_is_empty_and_declines_once_it_is_written() {
        long id = fixtures.gpuProposal("키보드반려 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        RecommendationsPanel panel = _get(RecommendationsPanel.class);

        _fireShortcut(panel, Key.KEY_D);
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-P01"));
        assertThat(outcome(id, "P01")).isNull();

        _setValue(comment, "예산 소진");
        _fireShortcut(panel, Key.KEY_D);

        assertThat(outcome(id, "P01")).isEqualTo(DecisionOutcome.DECLINED);
        assertThat(recommendation(review.proposal(id), "P01").comment()).isEqualTo("예산 소진");
    }

    @Test
    void u_undoes_the_decision_in_focus_and_r_shows_its_reasons() {
        long id = fixtures.gpuProposal("키보드취소 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        _fireShortcut(_get(RecommendationsPanel.class), Key.KEY_A);
        RecommendationsPanel panel = _get(RecommendationsPanel.class);
        _fireShortcut(panel, Key.KEY_K);
        assertThat(panel.current().recommendation().programme()).isEqualTo("P01");

        _fireShortcut(panel, Key.KEY_U);

        assertThat(outcome(id, "P01")).isNull();
        RecommendationsPanel redrawn = _get(RecommendationsPanel.class);
        assertThat(redrawn.current().recommendation().programme()).isEqualTo("P01");
        NativeDetails reasons = _get(NativeDetails.class, spec -> spec.withId("reasons-P01"));
        assertThat(reasons.isOpen()).isFalse();
        _fireShortcut(redrawn, Key.KEY_R);
        assertThat(reasons.isOpen()).isTrue();
    }

    @Test
    void question_mark_opens_the_help_overlay_listing_every_key() {
        long id = fixtures.gpuProposal("키보드도움 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _fireShortcut(_get(RecommendationsPanel.class), Key.of("?"), KeyModifier.SHIFT);

        ShortcutHelp help = _get(ShortcutHelp.class);
        assertThat(help.isOpened()).isTrue();
        String keys = _get(DescriptionList.class, spec -> spec.withId("shortcut-list")).getChildren()
                .map(c -> c.getElement().getText()).reduce("", (a, b) -> a + "|" + b);
        assertThat(keys).contains("J / ↓|다음 추천").contains("A|수용").contains("D|불수용").contains("U|결정 취소");
    }

    @Test
    void an_analyst_presses_a_and_nothing_is_decided() {
        long id = fixtures.gpuProposal("키보드분석 주식회사", "GPU 요청", "본문", 2);
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(ProposalView.class, id);

        _fireShortcut(_get(RecommendationsPanel.class), Key.KEY_A);

        assertThat(outcome(id, "P01")).isNull();
    }

    private DecisionOutcome outcome(long id, String programme) {
        return recommendation(review.proposal(id), programme).outcome();
    }

    private static RecommendationLine recommendation(ProposalDetail detail, String programme) {
        return detail.recommendations().stream().filter(r -> r.programme().equals(programme)).findFirst().orElseThrow();
    }
}
