package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;

/** A reason in the user's language, from the ruleset version that made it; Korean where it has no English. */
class EnglishReasonsTest extends KaribuSpringTest {

    private static final String REASONS = """
            # test bundle
            R-CMP-01 = 중소기업 소규모 GPU 요청 => Small GPU request by an SME
            R-PRC-01.flagged = AI기본법 §31 사전고지·생성물 표시 => AI Basic Act §31 prior notice
            """;

    @Test
    void an_english_officer_reads_the_rules_english_and_korean_where_the_bundle_has_none() {
        long id = fixtures.gpuProposalRoutedBy("2026.1-en", REASONS, "영문 주식회사");
        signInAs("officer", "OFFICER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalView.class, id);

        assertThat(reasons("P01")).containsExactly("R-CMP-01 — Small GPU request by an SME");
        // R-CMP-X2 has no entry: its Korean stays, rather than nothing.
        assertThat(reasons("P02")).containsExactly("R-CMP-X2 — 독자 AI 파운데이션 모델 GPU 수혜 중 — 중복 지원 불가");
        // Flags have no rule id when stored: matched by their Korean text.
        assertThat(reasons("P06")).contains("To check: AI Basic Act §31 prior notice");
    }

    @Test
    void a_korean_officer_reads_the_korean_of_the_same_recommendation() {
        long id = fixtures.gpuProposalRoutedBy("2026.1-ko", REASONS, "국문 주식회사");
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        assertThat(reasons("P01")).containsExactly("R-CMP-01 — 중소기업 소규모 GPU 요청");
    }

    @Test
    void a_ruleset_without_the_bundle_shows_korean_in_english_too() {
        long id = fixtures.gpuProposalRoutedBy("2026.1-none", null, "번들없음 주식회사");
        signInAs("officer", "OFFICER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalView.class, id);

        assertThat(reasons("P01")).containsExactly("R-CMP-01 — 중소기업 소규모 GPU 요청");
    }

    private static List<String> reasons(String programme) {
        Div row = _get(Div.class, spec -> spec.withId("rec-" + programme));
        return _find(row, ListItem.class).stream().map(ListItem::getText).toList();
    }
}
