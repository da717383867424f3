package kr.oneteam.app.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static kr.oneteam.app.workspace.ui.CoverageViewTest.awaitCoverage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Component;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import kr.oneteam.app.impact.ImpactFixtures;
import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * 규칙 does not hold the page for the coverage count (docs/decisions/130): after a proposal arrives, the screen
 * shows the last counts at once, with the time they were made and that it is counting again, and the new counts
 * when the counting thread is done. Asking while a count runs joins it. A context of its own: it stores a
 * proposal beyond the 13 demo ones that {@link CoverageViewTest} counts on.
 */
@TestPropertySource(properties = "oneteam.test.context=coverage-recount")
@DirtiesContext
class CoverageRecountViewTest extends KaribuSpringTest {

    @Autowired
    RulesetCoverage coverage;
    @Autowired
    IntakeService intake;

    private static String state() {
        return _get(Span.class, spec -> spec.withId("active-coverage-state")).getText();
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("active-coverage-summary")).getText();
    }

    /*
     * Karibu's lookups (_get) first run what other threads queued for the UI, which here is the finished count:
     * what the page shows "at once" is read by walking the components instead.
     */
    private static String stateAsItIs() {
        return find(UI.getCurrent(), Span.class, s -> s.getId().orElse("").equals("active-coverage-state")).getText();
    }

    private static String summaryAsItIs() {
        return find(UI.getCurrent(), Span.class, s -> s.getId().orElse("").equals("active-coverage-summary")).getText();
    }

    private static <T extends Component> T find(Component root, Class<T> type, Predicate<T> which) {
        return descendants(root).filter(type::isInstance).map(type::cast).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " under " + root));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CoverageRecountViewTest::descendants));
    }

    @Test
    void the_last_counts_are_shown_at_once_with_their_time_and_replaced_when_the_new_count_is_done() throws Exception {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(RulesView.class);
        assertThat(stateAsItIs()).as("nothing counted yet: the page says so instead of waiting")
                .isEqualTo("저장 제안서에 규칙을 적용해 세는 중입니다…");
        awaitCoverage();
        assertThat(summary()).contains("저장 제안서 13건 기준");
        assertThat(state()).endsWith("기준 집계").doesNotContain("다시 세는 중");
        RulesetCoverage.Table first = coverage.latest().last();

        TestSecurity.runAs(context, "intake", "INTAKE",
                () -> intake.submitBatch(ImpactFixtures.proposals("RECOUNT", 0, 1), "intake"));
        UI.getCurrent().navigate(HistoryView.class);
        UI.getCurrent().navigate(RulesView.class);
        assertThat(summaryAsItIs()).as("shown at once: the last counts").contains("저장 제안서 13건 기준");
        assertThat(stateAsItIs()).endsWith("다시 세는 중").contains("기준 집계");
        CompletableFuture<RulesetCoverage.Table> counting = find(UI.getCurrent(), ActiveCoverage.class, c -> true)
                .waitingFor();
        assertThat(counting).isNotNull();
        RulesetCoverage.Latest again = coverage.latest();
        assertThat(again.current() || again.fresh() == counting)
                .as("asking while a count runs joins it instead of starting another").isTrue();
        assertThat(again.last()).as("the last counts, until the new ones are done (or the new ones)")
                .isIn(first, counting.getNow(null));

        awaitCoverage();
        assertThat(summary()).contains("저장 제안서 14건 기준");
        assertThat(state()).doesNotContain("다시 세는 중");
        RulesetCoverage.Table second = coverage.latest().last();
        assertThat(second.countedAt()).isAfterOrEqualTo(first.countedAt());
        assertThat(coverage.latest().current()).isTrue();
    }

    @Test
    void officers_cannot_ask_for_the_latest_counts() {
        signInAs("officer", "OFFICER");
        assertThatThrownBy(() -> coverage.latest()).isInstanceOf(AccessDeniedException.class);
    }
}
