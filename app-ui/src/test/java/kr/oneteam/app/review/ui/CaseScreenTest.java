package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;

/** The case on one screen: who asks what beside what the rules say, what is decided and what is next. */
class CaseScreenTest extends KaribuSpringTest {

    @Test
    void the_proposal_and_the_recommendations_are_two_panes_side_by_side_under_one_header() {
        long id = fixtures.gpuProposal("두창 주식회사", "GPU 16장 미세조정", "H100 16장으로 4개월 미세조정합니다.", 16);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        Section proposal = _get(Section.class, spec -> spec.withId("pane-proposal"));
        Section decisions = _get(Section.class, spec -> spec.withId("pane-decisions"));
        // Two columns of one grid: the proposal's column and the decisions' column are siblings.
        assertThat(proposal.getParent().orElseThrow().getParent()).isEqualTo(decisions.getParent().orElseThrow().getParent());
        assertThat(proposal.getParent()).isNotEqualTo(decisions.getParent());

        // Who asks: the company with size, region, startup mark and awards.
        assertThat(_get(proposal, Span.class, spec -> spec.withId("company-name")).getText()).isEqualTo("두창 주식회사");
        assertThat(_get(proposal, Span.class, spec -> spec.withId("mark-size")).getText()).isEqualTo("중소기업");
        assertThat(_get(proposal, Span.class, spec -> spec.withId("mark-region")).getText()).isEqualTo("수도권");
        assertThat(_get(proposal, Span.class, spec -> spec.withId("mark-startup")).getText()).isEqualTo("창업기업");
        _assertNone(proposal, Span.class, spec -> spec.withId("mark-venture"));
        assertThat(_get(proposal, Span.class, spec -> spec.withId("company-awards")).getText()).isEqualTo("현재 수혜 사업 없음");
        // What: the ask in full, and each block as a definition list.
        assertThat(_get(proposal, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("proposal-text")).getText())
                .isEqualTo("H100 16장으로 4개월 미세조정합니다.");
        DescriptionList compute = _get(proposal, DescriptionList.class, spec -> spec.withClasses("fields")
                .withPredicate(dl -> dl.getParent().flatMap(p -> p.getId()).orElse("").equals("block-compute")));
        assertThat(compute.getElement().getText() + childrenText(compute)).contains("수량").contains("16");

        // What the rules say, grouped; what is decided; what is next.
        assertThat(_find(decisions, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("rec-group")))
                .extracting(d -> d.getId().orElseThrow())
                .containsExactly("group-ELIGIBLE", "group-CONDITIONAL", "group-INELIGIBLE");
        assertThat(_get(Span.class, spec -> spec.withId("next-step")).getText()).isEqualTo("다음 할 일: 추천 2건 결정");
        assertThat(_get(Span.class, spec -> spec.withId("proposal-assignee")).getText()).isEqualTo("담당자 없음");
    }

    @Test
    void narrow_screens_get_tabs_that_choose_the_pane_shown() {
        long id = fixtures.gpuProposal("탭 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        ProposalView view = _get(ProposalView.class);
        assertThat(view.getClassNames()).contains("show-decisions");

        Tabs tabs = _get(Tabs.class, spec -> spec.withId("case-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-proposal")));

        assertThat(view.getClassNames()).contains("show-proposal").doesNotContain("show-decisions");
    }

    @Test
    void a_proposal_the_rules_failed_on_says_so_and_why_and_offers_to_add_a_programme() {
        long id = fixtures.failedProposal("실패 주식회사", "R-CMP-01: ArithmeticException: / by zero");
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("routing-failure")).getText())
                .isEqualTo("규칙 적용 실패 — 미분류: R-CMP-01: ArithmeticException: / by zero");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unclassified")).getText()).contains("미분류");
        assertThat(_get(Span.class, spec -> spec.withId("next-step")).getText()).contains("규칙 적용에 실패");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("override")).isOpened()).isTrue();
    }

    @Test
    void the_ruleset_version_is_named_once_not_ruleset_ruleset() {
        long id = fixtures.gpuProposalRoutedBy("named once", null, "버전 주식회사");
        String name = fixtures.rulesetNameOf(id); // the short hash, as every stored version is named (h-spine)
        assertThat(name).matches("[0-9a-f]{12}");
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        assertThat(_get(Span.class, spec -> spec.withId("ruleset-version")).getText()).startsWith("규칙 버전 " + name + " · ");
        signInAs("officer", "OFFICER");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalView.class, id);
        assertThat(_get(Span.class, spec -> spec.withId("ruleset-version")).getText()).startsWith("Ruleset " + name + " · ");
    }

    @Test
    void an_officer_takes_the_case_and_it_shows_who_has_it() {
        long id = fixtures.gpuProposal("배정 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("assign-me")));

        assertThat(_get(Span.class, spec -> spec.withId("proposal-assignee")).getText()).isEqualTo("담당: officer");
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("assign-me"));
    }

    private static String childrenText(com.vaadin.flow.component.Component c) {
        StringBuilder text = new StringBuilder();
        c.getChildren().forEach(child -> text.append(child.getElement().getText()).append(' '));
        return text.toString();
    }
}
