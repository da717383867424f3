package kr.oneteam.app.impact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kr.oneteam.app.impact.ImpactFixtures;
import kr.oneteam.app.impact.ImpactReport;
import kr.oneteam.app.impact.ImpactRun;
import kr.oneteam.app.impact.ImpactSimulation;
import kr.oneteam.app.impact.ProgrammeImpact;
import kr.oneteam.app.impact.ProposalChange;
import kr.oneteam.app.impact.SimulationCancelled;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {"oneteam.demo.proposals=false", "oneteam.impact.page-size=40"})
class ImpactPanelTest extends KaribuSpringTest {

    @Autowired
    ImpactSimulation simulation;
    @Autowired
    IntakeService intake;

    /** A loaded machine compiles the draft and routes 130 proposals twice in far less; this only stops a hang. */
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    private static boolean seeded;

    @BeforeEach
    void seed() throws Exception {
        if (!seeded) {
            TestSecurity.runAs(context, "intake", "INTAKE", () -> intake.submitBatch(ImpactFixtures.proposals("PANEL", 0, 130), "intake"));
            seeded = true;
        }
    }

    private ImpactPanel panel() {
        ImpactPanel panel = new ImpactPanel(simulation, ImpactFixtures::p01RaisedTo32);
        UI.getCurrent().add(panel);
        return panel;
    }

    /**
     * Waits for the background run, then lets the UI run what the run sent through {@code ui.access} until the
     * panel has taken the run's end. The run's own failure is this test's failure, with its cause.
     *
     * <p>Why not just wait for {@code run.result()} and pump the UI once: a CompletableFuture runs its dependents
     * last-registered first, so a wait registered by the test after the panel's {@code whenComplete} is released
     * <em>before</em> the panel's callback has queued its {@code ui.access}. On an idle machine the completing
     * thread queues it a few microseconds later, before the test thread wakes; on the loaded machine of a full
     * suite it was often descheduled in between, the one round trip found nothing queued, and the panel had no
     * report yet (the flake of 2026-12-01).
     */
    private static void awaitRun(ImpactPanel panel) {
        Optional<ImpactRun> running = panel.currentRun();
        if (running.isEmpty()) {
            MockVaadin.clientRoundtrip();
            return;
        }
        ImpactRun run = running.get();
        try {
            run.result().get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (SimulationCancelled expected) {
            // A cancelled run: SimulationCancelled is a CancellationException, which get() throws as it is.
        } catch (ExecutionException e) {
            throw new AssertionError("the simulation failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the simulation did not end within " + RUN_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the simulation", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        MockVaadin.clientRoundtrip();
        while (panel.currentRun().filter(r -> r == run).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the run ended but the panel did not take its end within 30 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            MockVaadin.clientRoundtrip();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_analyst_runs_the_simulation_and_sees_the_changed_proposals_with_links_and_downloads() {
        signInAs("analyst", "ANALYST");
        ImpactPanel panel = panel();
        List<ImpactReport> fired = new ArrayList<>();
        panel.addSimulatedListener(event -> fired.add(event.getReport()));

        _click(_get(Button.class, spec -> spec.withId("impact-run")));
        assertThat(_get(Button.class, spec -> spec.withId("impact-run")).isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        awaitRun(panel);

        ImpactReport report = panel.report().orElseThrow();
        assertThat(fired).containsExactly(report);
        assertThat(report.simulated()).isEqualTo(130);
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        assertThat(_get(Button.class, spec -> spec.withId("impact-run")).isEnabled()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("impact-summary-simulated")).getText())
                .isEqualTo("시뮬레이션한 제안 130건, 추천이 바뀌는 제안 " + report.changes().size() + "건");
        Grid<ProposalChange> changes = _get(Grid.class, spec -> spec.withId("impact-changes"));
        assertThat(GridKt._size(changes)).isEqualTo(report.changes().size()).isPositive();
        ProposalChange first = GridKt._get(changes, 0);
        // Raising the named cap also rewrites P01's reason and moves 17–32 GPUs away from P02: find a row that gains P01.
        int gainsP01 = java.util.stream.IntStream.range(0, report.changes().size())
                .filter(i -> report.changes().get(i).programmes().stream().anyMatch(pc -> pc.programme().equals("P01")
                        && pc.kind() == kr.oneteam.app.impact.ProgrammeChange.Kind.ADDED
                        && pc.eligibilityAfter() == kr.oneteam.domain.vocabulary.Eligibility.ELIGIBLE))
                .findFirst().orElseThrow();
        assertThat(GridKt._get(changes, gainsP01).proposalId()).isEqualTo(report.changes().get(gainsP01).proposalId());
        assertThat(GridKt._getFormattedRow(changes, gainsP01)).anySatisfy(cell -> assertThat(cell).contains("P01 추가 (적격, "));
        Anchor link = (Anchor) GridKt._getCellComponent(changes, 0, "proposal");
        assertThat(link.getText()).isEqualTo("#" + first.proposalId());
        assertThat(link.getHref()).isEqualTo("proposals/" + first.proposalId());
        Grid<ProgrammeImpact> programmes = _get(Grid.class, spec -> spec.withId("impact-programmes"));
        assertThat(GridKt._size(programmes)).isPositive();
        assertThat(_get(Anchor.class, spec -> spec.withId("impact-csv")).getText()).isEqualTo("CSV 내려받기");
        assertThat(_get(Anchor.class, spec -> spec.withId("impact-xlsx")).getHref()).isNotBlank();
        assertThat(panel.summaryLines()).hasSize(4);
    }

    @Test
    void cancel_stops_the_run_and_says_how_far_it_got() {
        signInAs("analyst", "ANALYST");
        ImpactPanel panel = panel();
        _click(_get(Button.class, spec -> spec.withId("impact-run")));
        // The draft is still compiling on the simulation thread: the run stops before its first page.
        _click(_get(Button.class, spec -> spec.withId("impact-cancel")));
        awaitRun(panel);

        assertThat(panel.report()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("impact-progress-text")).getText())
                .isEqualTo("시뮬레이션을 취소했습니다 (0 / 130건 처리).");
        assertThat(_get(Button.class, spec -> spec.withId("impact-run")).isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void an_officer_gets_no_panel() {
        signInAs("officer", "OFFICER");
        assertThatThrownBy(() -> new ImpactPanel(simulation, ImpactFixtures::p01RaisedTo32))
                .isInstanceOf(AccessDeniedException.class);
    }
}
