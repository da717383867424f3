package kr.oneteam.app.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static kr.oneteam.app.workspace.ui.CoverageViewTest.awaitCoverage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.ExecutionException;
import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A coverage count that fails in the background (here: one stored proposal whose document no longer reads, as a
 * hand edit of the database could leave it) says so on 규칙 with the cause, instead of spinning for ever or showing
 * stale counts as current; it holds no lock, and the next visit after the row is mended counts again. A context of
 * its own: it damages a stored row.
 */
@TestPropertySource(properties = "oneteam.test.context=coverage-failure")
@DirtiesContext
class CoverageFailureViewTest extends KaribuSpringTest {

    @Autowired
    RulesetCoverage coverage;
    @Autowired
    JdbcTemplate jdbc;

    private static String state() {
        return _get(Span.class, spec -> spec.withId("active-coverage-state")).getText();
    }

    @Test
    void a_failed_count_is_shown_with_its_cause_and_the_next_visit_counts_again() throws Exception {
        signInAs("analyst", "ANALYST");
        long id = jdbc.queryForObject("select min(id) from proposal", Long.class);
        String document = jdbc.queryForObject("select content from proposal where id = ?", String.class, id);
        // The stamp (count, highest id, sum of versions) changes with the version, as any real edit's would.
        jdbc.update("update proposal set content = ?, version = version + 1 where id = ?", "{\"title\": ", id);

        UI.getCurrent().navigate(RulesView.class);
        awaitCoverage();
        assertThat(state()).startsWith("커버리지를 세지 못했습니다: ")
                .as("the count's own words: which proposal, and what is wrong with it")
                .contains("proposal " + id + " has a stored document that is no JSON").doesNotContain("세는 중");
        assertThat(coverage.latest().last()).as("no table was counted").isNull();
        assertThatThrownBy(() -> coverage.latest().fresh().get())
                .as("asking again after a failure starts a new count, which fails the same way")
                .isInstanceOf(ExecutionException.class);

        jdbc.update("update proposal set content = ?, version = version + 1 where id = ?", document, id);
        UI.getCurrent().navigate(HistoryView.class);
        UI.getCurrent().navigate(RulesView.class);
        awaitCoverage();
        assertThat(state()).endsWith("기준 집계").doesNotContain("세지 못했습니다");
        RulesetCoverage.Table table = coverage.latest().last();
        assertThat(table).isNotNull();
        assertThat(table.storedProposals()).isEqualTo(13);
        assertThat(coverage.latest().current()).isTrue();
    }
}
