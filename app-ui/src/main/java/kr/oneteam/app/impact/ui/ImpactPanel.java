package kr.oneteam.app.impact.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import kr.oneteam.app.impact.DraftRefused;
import kr.oneteam.app.impact.ImpactExport;
import kr.oneteam.app.impact.ImpactReport;
import kr.oneteam.app.impact.ImpactRun;
import kr.oneteam.app.impact.ImpactSimulation;
import kr.oneteam.app.impact.SimulationCancelled;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * 영향 시뮬레이션 for a draft, to be placed in the analysts' draft screen: choose the proposals (all, or by status
 * and programme), run, watch the progress, cancel, read the result, download it. ANALYST and ADMIN only.
 *
 * <p>The run works on the simulation threads; every change to the UI from there goes through
 * {@link UI#access}, and the UI polls while a run is going (the app has no server push). Leaving the page
 * cancels the run.
 */
public class ImpactPanel extends VerticalLayout {

    private static final int POLL_MS = 400;

    private final transient ImpactSimulation simulation;
    private final transient Supplier<Map<String, String>> draftFiles;
    private final Select<ProposalStatus> status = new Select<>();
    private final ComboBox<String> programme = new ComboBox<>();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div problems = new Div();
    private final ImpactResults results = new ImpactResults();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private QueueFilter selection = QueueFilter.none();
    private transient ImpactRun current;
    private transient ImpactReport report;

    /** Fired on the UI thread when a run finished with a report. */
    public static class SimulatedEvent extends ComponentEvent<ImpactPanel> {
        private final transient ImpactReport report;

        SimulatedEvent(ImpactPanel source, ImpactReport report) {
            super(source, false);
            this.report = report;
        }

        public ImpactReport getReport() {
            return report;
        }
    }

    /**
     * @param draftFiles read when a run starts: the draft's files by path
     * @throws AccessDeniedException unless ANALYST or ADMIN is signed in
     */
    public ImpactPanel(ImpactSimulation simulation, Supplier<Map<String, String>> draftFiles) {
        if (!CurrentUser.hasRole(Roles.ANALYST) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("the impact simulation is for ANALYST and ADMIN");
        }
        this.simulation = simulation;
        this.draftFiles = draftFiles;
        setId("impact-panel");
        setPadding(false);
        add(new H3(getTranslation("impact.title")), new Paragraph(getTranslation("impact.intro")), controls(),
                problems, results, downloads);
        results.setVisible(false);
        downloads.setVisible(false);
    }

    /** Narrows the next run to what {@code selection} selects (the queue's filter); the pickers keep their values on top. */
    public void setSelection(QueueFilter selection) {
        this.selection = selection == null ? QueueFilter.none() : selection;
    }

    /** The last finished run's report. */
    public Optional<ImpactReport> report() {
        return Optional.ofNullable(report);
    }

    public Registration addSimulatedListener(ComponentEventListener<SimulatedEvent> listener) {
        return addListener(SimulatedEvent.class, listener);
    }

    /** The last report as short lines in the UI language, e.g. for a publish request. */
    public List<String> summaryLines() {
        return report == null ? List.of() : ImpactResults.summaryLines(report, this::getTranslation);
    }

    /** The run going on now, if any (tests wait for its result). */
    Optional<ImpactRun> currentRun() {
        return Optional.ofNullable(current);
    }

    private HorizontalLayout controls() {
        status.setId("impact-status");
        status.setLabel(getTranslation("impact.selection.status"));
        status.setItems(ProposalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("impact.selection.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("impact.selection.any") : getTranslation(s.getDeclaringClass().getSimpleName() + "." + s.name()));
        programme.setId("impact-programme");
        programme.setLabel(getTranslation("impact.selection.programme"));
        programme.setItems(simulation.programmeCodes());
        programme.setClearButtonVisible(true);
        run.setText(getTranslation("impact.run"));
        run.setId("impact-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        cancel.setText(getTranslation("impact.cancel"));
        cancel.setId("impact-cancel");
        cancel.setEnabled(false);
        cancel.addClickListener(click -> cancelRun());
        progress.setId("impact-progress");
        progress.setWidth("12em");
        progress.setVisible(false);
        progressText.setId("impact-progress-text");
        HorizontalLayout controls = new HorizontalLayout(status, programme, run, cancel, progress, progressText);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        return controls;
    }

    private QueueFilter chosenSelection() {
        QueueFilter filter = selection;
        if (status.getValue() != null) {
            filter = filter.withStatus(status.getValue());
        }
        if (programme.getValue() != null) {
            filter = filter.withProgramme(programme.getValue(), filter.eligibility());
        }
        return filter;
    }

    private void start() {
        UI ui = UI.getCurrent();
        problems.removeAll();
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText("");
        ImpactRun started;
        try {
            started = simulation.start(draftFiles.get(), chosenSelection(),
                    (done, total) -> ui.access(() -> showProgress(done, total)));
        } catch (RuntimeException e) { // the draft could not be read, or the role was taken away meanwhile
            run.setEnabled(true);
            cancel.setEnabled(false);
            progress.setVisible(false);
            Notification.show(getTranslation("impact.failed", String.valueOf(e.getMessage())));
            return;
        }
        ui.setPollInterval(POLL_MS);
        current = started;
        started.result().whenComplete((finished, error) -> ui.access(() -> finish(started, finished, error)));
    }

    private void showProgress(long done, long total) {
        progress.setValue(total == 0 ? 1 : Math.min(1.0, (double) done / total));
        progressText.setText(getTranslation("impact.progress", done, total));
    }

    private void cancelRun() {
        if (current != null) {
            current.cancel();
        }
        cancel.setEnabled(false);
    }

    private void finish(ImpactRun finishedRun, ImpactReport finished, Throwable error) {
        if (current != finishedRun) {
            return; // a run left behind by a newer one
        }
        current = null;
        UI.getCurrent().setPollInterval(-1);
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null) {
            show(finished);
            Notification.show(getTranslation("impact.done", finished.simulated(), finished.changes().size(),
                    finished.took().toMillis()));
            fireEvent(new SimulatedEvent(this, finished));
        } else if (cause instanceof SimulationCancelled cancelled) {
            progressText.setText(getTranslation("impact.cancelled", cancelled.getDone(), cancelled.getTotal()));
            Notification.show(getTranslation("impact.cancelled", cancelled.getDone(), cancelled.getTotal()));
        } else if (cause instanceof DraftRefused refused) {
            progressText.setText("");
            problems.add(new Paragraph(getTranslation("impact.refused")));
            refused.getProblems().forEach(p -> problems.add(new Div(new Span(p.toString()))));
            Notification.show(getTranslation("impact.refused"));
        } else {
            progressText.setText("");
            Notification.show(getTranslation("impact.failed", String.valueOf(cause.getMessage())));
        }
    }

    private void show(ImpactReport finished) {
        report = finished;
        results.show(finished, this::getTranslation, getLocale());
        results.setVisible(true);
        downloads.removeAll();
        downloads.add(download("impact-csv", "impact.download.csv", "impact.csv", "text/csv;charset=UTF-8",
                        r -> ImpactExport.csv(r, getLocale())),
                download("impact-xlsx", "impact.download.xlsx", "impact.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r -> ImpactExport.xlsx(r, getLocale())));
        downloads.setVisible(true);
    }

    private Anchor download(String id, String label, String fileName, String contentType,
                            Function<ImpactReport, byte[]> file) {
        ImpactReport shown = report;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.apply(shown);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(label));
        anchor.setId(id);
        return anchor;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // Leaving the page stops the work: nobody would see its result.
        if (current != null) {
            current.cancel();
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }
}
