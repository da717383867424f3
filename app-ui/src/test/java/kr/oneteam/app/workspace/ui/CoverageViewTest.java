package kr.oneteam.app.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.impact.RulesetCoverage.RuleRow;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.app.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The coverage table in 규칙 (issue 9, issue 7 D6), in a context of its own so that exactly the 13 demo proposals
 * are stored: the active version's rules with the scenario cases and the demo proposals each fires on, a rule id
 * that opens its file at its line, and a draft's table after validation where a rule that no scenario fires is
 * marked. Demo figures: R-PRC-01 fires on the three PUBLIC_DEMAND proposals (퓨리오사AI, 리벨리온, 이스트소프트),
 * R-PRC-02 on none (all were received before 2026-07-21).
 */
@TestPropertySource(properties = "oneteam.test.context=coverage-view")
@DirtiesContext
class CoverageViewTest extends KaribuSpringTest {

    static final String P06 = "p06-procurement.drl";

    @Autowired
    RulesetCoverage coverage;
    @Autowired
    RulesetStatus status;
    @Autowired
    Workspace workspace;

    @SuppressWarnings("unchecked")
    private static Grid<RuleRow> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /**
     * The screen counts on the server's counting thread and shows the table when it is done: wait for that count,
     * then let the UI run what it queued (the test thread holds the session, so the update waits for a round trip).
     */
    static void awaitCoverage() {
        ActiveCoverage shown = _get(ActiveCoverage.class);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (shown.waitingFor() != null) {
            assertThat(System.nanoTime()).as("the coverage count finishes").isLessThan(deadline);
            MockVaadin.clientRoundtrip();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static RuleRow row(Grid<RuleRow> grid, String ruleId) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).ruleId().equals(ruleId)) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("no row " + ruleId);
    }

    /** A rule id is a button in a component column: Karibu renders the cell on request. */
    private static void clickRuleId(Grid<RuleRow> grid, String ruleId) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).ruleId().equals(ruleId)) {
                Button link = (Button) GridKt._getCellComponent(grid, i, "rule");
                assertThat(link.getId()).contains(grid.getId().orElseThrow() + "-open-" + ruleId);
                _click(link);
                return;
            }
        }
        throw new AssertionError("no row " + ruleId);
    }

    @Test
    void the_active_version_shows_each_rule_with_its_cases_and_the_demo_proposals_it_fires_on() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(RulesView.class);
        awaitCoverage();

        Grid<RuleRow> grid = grid("active-coverage");
        assertThat(GridKt._size(grid)).isEqualTo(status.active().orElseThrow().ruleCount());
        RuleRow procurement = row(grid, "R-PRC-01");
        assertThat(procurement.file()).isEqualTo(P06);
        assertThat(procurement.line()).isEqualTo(9);
        assertThat(procurement.scenarios()).isNotEmpty();
        assertThat(procurement.storedProposals()).isEqualTo(3);
        assertThat(row(grid, "R-PRC-02").storedProposals()).isZero();
        assertThat(GridKt._getFormatted(grid, 0, "storedProposals"))
                .isEqualTo(String.valueOf(GridKt._get(grid, 0).storedProposals()));
        long unused = coverage.ofActive().rules().stream().filter(r -> r.storedProposals() == 0).count();
        int rules = GridKt._size(grid);
        assertThat(_get(Span.class, spec -> spec.withId("active-coverage-summary")).getText())
                .isEqualTo("시나리오가 발동시키는 규칙 " + rules + "/" + rules + "개 · 저장 제안서 13건 기준, 어느 제안서에도 "
                        + "발동하지 않은 규칙 " + unused + "개");
    }

    @Test
    void a_rule_id_opens_its_published_file_at_its_line() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(RulesView.class);
        awaitCoverage();
        RulesView view = (RulesView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        clickRuleId(grid("active-coverage"), "R-PRC-01");

        assertThat(view.shownFile().cursorLine()).isEqualTo(9);
        assertThat(view.shownFile().getValue().split("\n")[8]).startsWith("rule \"R-PRC-01");
        assertThat(view.shownFile().textArea().isReadOnly()).isTrue();
    }

    @Test
    void the_labels_are_english_after_the_switch() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(RulesView.class);
        awaitCoverage();

        assertThat(_get(Span.class, spec -> spec.withId("active-coverage-summary")).getText())
                .startsWith("" + GridKt._size(grid("active-coverage")) + " of ").contains("over 13 stored proposals");
        assertThat(grid("active-coverage").getColumnByKey("storedProposals").getHeaderText())
                .isEqualTo("Stored proposals it fires on");
    }

    @Test
    void a_draft_rule_that_no_scenario_fires_is_marked_and_opens_its_line() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(RulesView.class);
        awaitCoverage();
        _get(TextField.class, spec -> spec.withId("draft-name")).setValue("커버리지 초안");
        _click(_get(Button.class, spec -> spec.withId("draft-create")));
        DraftEditorView view = (DraftEditorView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        long id = workspace.myDrafts().stream().filter(d -> d.name().equals("커버리지 초안")).findFirst().orElseThrow().id();
        String p06 = workspace.open(id).files().get(P06);
        String unreached = """

                rule "R-PRC-09 a rule that no scenario reaches"
                when
                    Proposal($id : id, categories contains Category.PUBLIC_DEMAND, categories contains Category.SPECTRUM,
                             categories contains Category.POWER_SITE, categories contains Category.GLOBAL)
                then
                    insert(new Flag($id, "P06", "R-PRC-09", "시험용 규칙"));
                end
                """;
        int line = (p06 + "\n").split("\n", -1).length + 1;
        workspace.save(id, P06, p06 + "\n" + unreached);

        _click(_get(Button.class, spec -> spec.withId("draft-validate")));

        assertThat(_get(Span.class, spec -> spec.withId("validation-verdict")).getText()).startsWith("문제");
        Grid<RuleRow> grid = grid("validation-coverage");
        assertThat(grid.isVisible()).isTrue();
        RuleRow unfired = row(grid, "R-PRC-09");
        assertThat(unfired.scenarios()).isEmpty();
        assertThat(unfired.line()).isEqualTo(line);
        assertThat(row(grid, "R-PRC-01").scenarios()).isNotEmpty();
        assertThat(grid.getClassNameGenerator().apply(unfired)).isEqualTo("uncovered");
        assertThat(grid.getClassNameGenerator().apply(row(grid, "R-PRC-01"))).isNull();
        assertThat(_get(Span.class, spec -> spec.withId("validation-coverage-summary")).getText())
                .isEqualTo("시나리오가 발동시키는 규칙 " + (GridKt._size(grid) - 1) + "/" + GridKt._size(grid) + "개");
        List<String> cells = GridKt._getFormattedRow(grid, unfired);
        assertThat(cells).contains(P06 + ":" + line);

        clickRuleId(grid, "R-PRC-09");
        assertThat(view.openFile()).isEqualTo(P06);
        assertThat(view.editor().cursorLine()).isEqualTo(line);
    }

    @Test
    void officers_cannot_read_the_coverage() {
        signInAs("officer", "OFFICER");
        assertThatThrownBy(() -> coverage.ofActive()).isInstanceOf(AccessDeniedException.class);
    }
}
