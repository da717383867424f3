package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.impact.RulesetCoverage.RuleRow;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * The active version's coverage on 규칙 (issue 9; docs/decisions/130): the last counts at once, with the time they
 * were made, while a new count over the stored proposals runs on the server's counting thread; the table is
 * replaced when that count is done. Before the first count there is only a line saying it is being counted. The
 * UI polls while it waits (the app has no server push), as the impact panel does.
 */
class ActiveCoverage extends Composite<VerticalLayout> {

    /** How often the browser asks whether the count is done. */
    static final int POLL_MS = 500;

    private final transient RulesetCoverage coverage;
    private final CoverageGrid grid;
    private final Span state = new Span();
    private transient CompletableFuture<RulesetCoverage.Table> waitingFor;
    private long shownVersion;

    /** @param open called with a rule when its id is clicked, with the version the table is of */
    ActiveCoverage(RulesetCoverage coverage, BiConsumer<Long, RuleRow> open) {
        this.coverage = coverage;
        state.setId("active-coverage-state");
        grid = new CoverageGrid("active-coverage", true, rule -> open.accept(shownVersion, rule));
        grid.setVisible(false);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("coverage.title")), state, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        RulesetCoverage.Latest latest = coverage.latest();
        if (latest.last() != null) {
            show(latest.last(), latest.current());
        } else {
            state.setText(getTranslation("coverage.counting"));
        }
        if (!latest.current()) {
            wait(event.getUI(), latest.fresh());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (waitingFor != null) {
            event.getUI().setPollInterval(-1);
            waitingFor = null;
        }
    }

    private void wait(UI ui, CompletableFuture<RulesetCoverage.Table> fresh) {
        waitingFor = fresh;
        ui.setPollInterval(POLL_MS);
        fresh.whenComplete((table, failure) -> ui.access(() -> {
            if (waitingFor != fresh) {
                return; // left the page, or a later wait took over
            }
            waitingFor = null;
            ui.setPollInterval(-1);
            if (failure != null) {
                state.setText(getTranslation("coverage.failed", String.valueOf(reason(failure).getMessage())));
            } else {
                show(table, true);
            }
        }));
    }

    private void show(RulesetCoverage.Table table, boolean current) {
        shownVersion = table.versionId();
        grid.setRules(table.rules(), table.storedProposals());
        grid.setVisible(true);
        String when = getTranslation("coverage.countedAt", Formats.dateTime(table.countedAt()));
        state.setText(current ? when : when + " · " + getTranslation("coverage.recounting"));
    }

    /**
     * What failed, as the count said it: only the future's own wrapper is taken off. The deepest cause would be a
     * library's text ("Unexpected end-of-input") without the proposal or the version it was about.
     */
    private static Throwable reason(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** The table, for tests. */
    CoverageGrid grid() {
        return grid;
    }

    /** The count this screen waits for, {@code null} if none (tests). */
    CompletableFuture<RulesetCoverage.Table> waitingFor() {
        return waitingFor;
    }
}
