package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.impact.ImpactReport;
import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.impact.ImpactSimulation;
import kr.oneteam.app.impact.ui.ImpactPanel;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.Scenarios;
import kr.oneteam.app.workspace.Validation;
import kr.oneteam.app.workspace.Workspace;
import kr.oneteam.app.workspace.WorkspaceFiles;
import kr.oneteam.app.workspace.WorkspaceRefused;
import kr.oneteam.rules.RulesetProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

/**
 * One draft: its files (add, rename, delete, upload a file or a zip, download all as a zip), the editor with
 * line numbers, validation through the gate with problems that open their file at their line, the scenario
 * grid, and the request to publish (only a draft that passes validation can be sent). Only its owner opens it.
 */
@Route(value = "rules/drafts", layout = MainLayout.class)
@RolesAllowed(Roles.ANALYST)
public class DraftEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient Workspace workspace;
    private final transient Publishing publishing;
    private final transient Scenarios scenarios;
    private final H2 title = new H2();
    private final Grid<String> files = new Grid<>();
    private final CodeEditor editor = new CodeEditor();
    private final Span editing = new Span();
    private final Grid<RulesetProblem> problems = new Grid<>();
    private final Span verdict = new Span();
    private final CoverageGrid coverage = new CoverageGrid("validation-coverage", false,
            rule -> jumpTo(new RulesetProblem(rule.file(), rule.line(), rule.column(), rule.rule())));
    private final Anchor download = new Anchor();
    private final TabSheet tabs = new TabSheet();
    private final transient ImpactSimulation simulation;
    private ImpactPanel impact;
    private ScenarioGrid scenarioGrid;
    private DraftView draft;
    private String openFile;

    public DraftEditorView(Workspace workspace, Publishing publishing, Scenarios scenarios,
                           ImpactSimulation simulation) {
        this.simulation = simulation;
        this.workspace = workspace;
        this.publishing = publishing;
        this.scenarios = scenarios;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long draftId) {
        try {
            draft = workspace.open(draftId);
        } catch (WorkspaceRefused e) {
            removeAll();
            Span missing = new Span(getTranslation(e.key(), e.args()));
            missing.setId("draft-missing");
            add(missing, new RouterLink(getTranslation("workspace.back"), RulesView.class));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        title.setId("draft-title");
        HorizontalLayout header = new HorizontalLayout(new RouterLink(getTranslation("workspace.back"), RulesView.class),
                title, download);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        download.setId("draft-download");
        download.setText(getTranslation("workspace.download"));
        download.getElement().setAttribute("download", true);
        scenarioGrid = new ScenarioGrid(scenarios, draft.id(), this::show);
        tabs.setWidthFull();
        tabs.setId("draft-tabs");
        tabs.add(getTranslation("workspace.tab.edit"), editTab());
        tabs.add(getTranslation("workspace.tab.scenarios"), scenarioGrid);
        tabs.add(getTranslation("workspace.tab.publish"), publishTab());
        HorizontalLayout body = new HorizontalLayout(fileColumn(), tabs);
        body.setWidthFull();
        body.setFlexGrow(1, tabs);
        add(header, body, validation());
        show(draft);
    }

    private VerticalLayout fileColumn() {
        files.setId("draft-files");
        files.addColumn(p -> p).setHeader(getTranslation("workspace.file"));
        files.setWidth("20em");
        files.setHeight("50vh");
        files.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                if (e.getValue() != null && !e.getValue().equals(openFile)) {
                    open(e.getValue(), 1);
                }
            }
        });
        TextField path = new TextField();
        path.setId("file-path");
        path.setPlaceholder("p16-talent.drl / scenarios/p16.csv");
        path.setWidthFull();
        Button add = new Button(getTranslation("workspace.file.add"), click -> change(() -> workspace.add(draft.id(),
                path.getValue()), path.getValue().strip()));
        add.setId("file-add");
        Button rename = new Button(getTranslation("workspace.file.rename"), click -> {
            if (openFile != null) {
                change(() -> workspace.rename(draft.id(), openFile, path.getValue()), path.getValue().strip());
            }
        });
        rename.setId("file-rename");
        Button delete = new Button(getTranslation("workspace.file.delete"), click -> {
            if (openFile != null) {
                change(() -> workspace.delete(draft.id(), openFile), null);
            }
        });
        delete.setId("file-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("file-upload");
        upload.setAcceptedFileTypes(".drl", ".csv", ".zip");
        upload.setMaxFileSize(WorkspaceFiles.MAX_UPLOAD_BYTES);
        upload.addSucceededListener(e -> uploaded(e.getFileName(), buffer.getInputStream()));
        upload.addFileRejectedListener(e -> Notices.refused(this, new WorkspaceRefused("workspace.refused.upload",
                e.getErrorMessage(), e.getErrorMessage())));
        VerticalLayout column = new VerticalLayout(files, path, new HorizontalLayout(add, rename, delete), upload);
        column.setPadding(false);
        column.setWidth("22em");
        return column;
    }

    private VerticalLayout editTab() {
        editing.setId("editing-file");
        Button save = new Button(getTranslation("workspace.save"), click -> saveOpenFile());
        save.setId("file-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(editing, save);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWidthFull();
        VerticalLayout tab = new VerticalLayout(bar, editor);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout validation() {
        Button validate = new Button(getTranslation("workspace.validate"), click -> validate());
        validate.setId("draft-validate");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verdict.setId("validation-verdict");
        problems.setId("validation-problems");
        problems.addColumn(p -> p.file() + ":" + p.line() + ":" + p.column()).setHeader(getTranslation("workspace.where"))
                .setAutoWidth(true);
        problems.addColumn(RulesetProblem::message).setHeader(getTranslation("workspace.problem")).setFlexGrow(4);
        problems.addItemClickListener(e -> jumpTo(e.getItem()));
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        coverage.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(validate, verdict);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("workspace.validation")), bar, problems,
                coverage);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout publishTab() {
        TextArea note = new TextArea(getTranslation("workspace.request.note"));
        note.setId("request-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        DateTimePicker effective = new DateTimePicker(getTranslation("workspace.request.effective"));
        effective.setId("request-effective");
        effective.setHelperText(getTranslation("workspace.request.effective.hint"));
        Button send = new Button(getTranslation("workspace.request.send"), click -> {
            try {
                // The simulation's summary goes along only if it was run on exactly the files being sent.
                String simulated = impact.report().map(ImpactReport::draftHash).orElse(null);
                RequestView request = publishing.request(draft.id(), note.getValue(), effective.getValue() == null ? null
                        : effective.getValue().atZone(ZoneId.of("Asia/Seoul")).toOffsetDateTime(), simulated,
                        impact.summaryLines());
                Notices.done(this, "workspace.request.sent", request.id());
                getUI().ifPresent(ui -> ui.navigate(RequestReviewView.class, request.id()));
            } catch (WorkspaceRefused e) {
                Notices.refused(this, e);
            }
        });
        send.setId("request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        long id = draft.id();
        impact = new ImpactPanel(simulation, () -> workspace.open(id).files());
        Span hint = new Span(getTranslation("workspace.impact.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout tab = new VerticalLayout(impact, hint, note, effective, send);
        tab.setPadding(false);
        return tab;
    }

    // ---- actions ----

    private void open(String path, int line) {
        if (openFile != null && !openFile.equals(path) && dirty() && !saveOpenFile()) {
            files.select(openFile);
            return;
        }
        openFile = path;
        editing.setText(path);
        editor.setLabel(path);
        editor.setValue(draft.files().getOrDefault(path, ""));
        if (!path.equals(files.asSingleSelect().getValue())) {
            files.select(path);
        }
        editor.goToLine(line);
    }

    private boolean dirty() {
        return openFile != null && draft.files().containsKey(openFile)
                && !draft.files().get(openFile).equals(WorkspaceFiles.normalise(editor.getValue()));
    }

    private boolean saveOpenFile() {
        if (openFile == null) {
            return true;
        }
        try {
            draft = workspace.save(draft.id(), openFile, editor.getValue());
            Notices.done(this, "workspace.saved", openFile);
            show(draft);
            return true;
        } catch (WorkspaceRefused e) {
            Notices.refused(this, e);
            return false;
        }
    }

    private void change(java.util.function.Supplier<DraftView> action, String thenOpen) {
        if (dirty() && !saveOpenFile()) {
            return;
        }
        try {
            DraftView changed = action.get();
            if (thenOpen == null) {
                openFile = null;
            }
            show(changed);
            if (thenOpen != null && changed.files().containsKey(thenOpen)) {
                open(thenOpen, 1);
            }
        } catch (WorkspaceRefused e) {
            Notices.refused(this, e);
        }
    }

    private void uploaded(String fileName, InputStream in) {
        if (dirty() && !saveOpenFile()) {
            return;
        }
        byte[] bytes;
        try (InputStream stream = in) {
            bytes = stream.readNBytes(WorkspaceFiles.MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workspace.Upload result = workspace.upload(draft.id(), fileName, bytes);
        if (result.refused()) {
            showProblems(result.problems(), false);
            Notices.refused(this, new WorkspaceRefused("workspace.refused.uploadProblems", "upload refused",
                    fileName, result.problems().get(0).toString()));
            return;
        }
        show(result.draft());
        Notices.done(this, "workspace.uploaded", result.stored().size(), result.ignored().size());
        if (result.stored().size() == 1) {
            open(result.stored().get(0), 1);
        }
    }

    private void validate() {
        if (dirty() && !saveOpenFile()) {
            return;
        }
        // What is validated is the draft as stored: show that (another tab of the same analyst may have saved).
        show(workspace.open(draft.id()));
        if (openFile != null) {
            editor.setValue(draft.files().get(openFile));
        }
        Validation result = workspace.validate(draft.id());
        verdict.setText(result.passed()
                ? getTranslation("workspace.validation.passed", result.ruleCount(), result.scenariosPassed())
                : getTranslation("workspace.validation.failed", result.problems().size()));
        verdict.getStyle().set("color", result.passed() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        showProblems(result.problems(), result.passed());
        // Which cases fire each rule; a rule that none fires is marked (it is one of the problems above).
        coverage.setRules(result.coverage().stream().map(rule -> RulesetCoverage.RuleRow.of(rule, 0)).toList(), 0);
        coverage.setVisible(!result.coverage().isEmpty());
    }

    private void showProblems(List<RulesetProblem> list, boolean passed) {
        problems.setItems(list);
        problems.setVisible(!list.isEmpty());
        if (passed) {
            verdict.setVisible(true);
        }
    }

    /** A problem's file opens with the cursor on its line (a problem about the whole ruleset opens nothing). */
    void jumpTo(RulesetProblem problem) {
        if (draft.files().containsKey(problem.file())) {
            tabs.setSelectedIndex(0);
            if (problem.file().equals(openFile)) {
                editor.goToLine(problem.line());
            } else {
                open(problem.file(), problem.line());
            }
        }
    }

    private void show(DraftView shown) {
        draft = shown;
        title.setText(draft.name());
        files.setItems(List.copyOf(draft.files().keySet()));
        if (openFile != null && draft.files().containsKey(openFile)) {
            files.select(openFile);
        } else {
            openFile = null;
            editing.setText(getTranslation("workspace.file.none"));
            // The editor keeps a visible label with no file open too (axe: a form field needs a label).
            editor.setLabel(getTranslation("workspace.file.none"));
            editor.setValue("");
        }
        long id = draft.id();
        download.setHref(new StreamResource("draft-" + id + ".zip",
                () -> new ByteArrayInputStream(workspace.zip(id))));
        scenarioGrid.setFiles(draft.files().keySet().stream().filter(p -> p.endsWith(".csv")).toList());
        setUpdated();
    }

    private void setUpdated() {
        title.getElement().setAttribute("title", getTranslation("workspace.draft.updated") + ": "
                + Formats.dateTime(draft.updatedAt()));
    }

    // For tests and the browser walk.
    CodeEditor editor() {
        return editor;
    }

    String openFile() {
        return openFile;
    }

    ImpactPanel impact() {
        return impact;
    }

    CoverageGrid coverage() {
        return coverage;
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("workspace.title") : draft.name() + " — " + getTranslation("workspace.title");
    }
}
