package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.Workspace;
import kr.oneteam.app.workspace.WorkspaceRefused;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 규칙: the version every instance serves (files, version, hash, who asked and approved, when, note, source,
 * rule count, coverage), the analyst's own drafts with a way to start one from any version, and the publication
 * requests. ANALYST works here; ADMIN reads and decides on requests; OFFICER cannot open it.
 */
@Route(value = "rules", layout = MainLayout.class)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final transient Workspace workspace;
    private final transient Publishing publishing;
    private final transient RulesetStatus status;
    private final transient RulesetCoverage coverage;
    private final Grid<DraftView> drafts = new Grid<>();
    private final Grid<RequestView> requests = new Grid<>();
    private final boolean analyst = CurrentUser.hasRole(Roles.ANALYST);
    private CodeEditor shownFile;

    public RulesView(Workspace workspace, Publishing publishing, RulesetStatus status, RulesetCoverage coverage) {
        this.workspace = workspace;
        this.publishing = publishing;
        this.status = status;
        this.coverage = coverage;
        setWidthFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("workspace.title")),
                new RouterLink(getTranslation("workspace.history.link"), HistoryView.class));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, active());
        if (analyst) {
            add(new H3(getTranslation("workspace.drafts")), newDraft(), drafts);
            configureDrafts();
        }
        add(new H3(getTranslation("workspace.requests")), requests);
        configureRequests();
        refresh();
    }

    private Div active() {
        Div box = new Div();
        box.setId("active-version");
        status.active().ifPresentOrElse(v -> {
            box.add(line("workspace.active.version", "#" + v.id() + " · " + v.hash()));
            box.add(line("workspace.active.source", getTranslation("catalogue.ruleset.source." + v.source())
                    + (v.sourceDetail() == null ? "" : " (" + v.sourceDetail() + ")")));
            box.add(line("workspace.active.requested", v.requestedBy()));
            box.add(line("workspace.active.approved", v.approvedBy() == null ? getTranslation("workspace.none")
                    : v.approvedBy()));
            box.add(line("workspace.active.when", v.activatedAt() == null ? "" : Formats.dateTime(v.activatedAt())));
            box.add(line("workspace.active.note", v.note() == null ? "" : v.note()));
            box.add(line("workspace.active.rules", String.valueOf(v.ruleCount())));
            Map<String, String> files = publishing.filesOfVersion(v.id());
            long scenarios = files.keySet().stream().filter(f -> f.endsWith(".csv")).count();
            box.add(line("workspace.active.files", getTranslation("workspace.active.files.count",
                    files.size() - scenarios, scenarios)));
            Grid<Map.Entry<String, String>> grid = new Grid<>();
            grid.setId("active-files");
            grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("workspace.file")).setFlexGrow(3);
            grid.addColumn(e -> e.getValue().split("\n", -1).length).setHeader(getTranslation("workspace.lines"))
                    .setAutoWidth(true);
            grid.setItems(List.copyOf(files.entrySet()));
            grid.setAllRowsVisible(true);
            box.add(grid, coverage());
        }, () -> box.add(new Span(getTranslation("workspace.active.none"))));
        return box;
    }

    /** The active version's coverage table; a rule's id opens its file at its line (read-only). */
    private ActiveCoverage coverage() {
        return new ActiveCoverage(coverage, (version, rule) -> showFile(publishing.filesOfVersion(version),
                rule.file(), rule.line()));
    }

    /** A published file is read, not edited: a dialog with the file and the cursor on {@code line}. */
    private void showFile(Map<String, String> files, String path, int line) {
        CodeEditor viewer = new CodeEditor();
        viewer.setLabel(path);
        viewer.setValue(files.getOrDefault(path, ""));
        viewer.setReadOnly(true);
        viewer.setWidth("70vw");
        Dialog dialog = new Dialog(viewer);
        dialog.setHeaderTitle(path + ":" + line);
        dialog.getFooter().add(new Button(getTranslation("coverage.close"), click -> dialog.close()));
        dialog.open();
        viewer.goToLine(line);
        shownFile = viewer;
    }

    /** The file a rule's id last opened (tests). */
    CodeEditor shownFile() {
        return shownFile;
    }

    private Div line(String key, String value) {
        Div line = new Div();
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(key.replace('.', '-'));
        line.add(label, text);
        return line;
    }

    private HorizontalLayout newDraft() {
        TextField name = new TextField(getTranslation("workspace.draft.name"));
        name.setId("draft-name");
        name.setMaxLength(100);
        ComboBox<RulesetStatus.VersionSummary> from = new ComboBox<>(getTranslation("workspace.draft.from"));
        from.setId("draft-from");
        from.setItems(publishing.history());
        from.setItemLabelGenerator(v -> "#" + v.id() + " " + v.name() + " · "
                + getTranslation("catalogue.ruleset.source." + v.source()) + (v.active()
                ? " · " + getTranslation("workspace.active") : ""));
        from.setPlaceholder(getTranslation("workspace.draft.fromActive"));
        from.setWidth("24em");
        Button create = new Button(getTranslation("workspace.draft.create"), click -> {
            try {
                DraftView draft = workspace.create(name.getValue(), from.getValue() == null ? null : from.getValue().id());
                getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class, draft.id()));
            } catch (WorkspaceRefused e) {
                Notices.refused(this, e);
            }
        });
        create.setId("draft-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, from, create);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void configureDrafts() {
        drafts.setId("drafts");
        drafts.addColumn(DraftView::name).setHeader(getTranslation("workspace.draft.name")).setFlexGrow(2);
        drafts.addColumn(d -> d.basedOnVersionId() == null ? "" : "#" + d.basedOnVersionId())
                .setHeader(getTranslation("workspace.draft.basedOn")).setAutoWidth(true);
        drafts.addColumn(DraftView::fileCount).setHeader(getTranslation("workspace.draft.files")).setAutoWidth(true);
        drafts.addColumn(d -> Formats.dateTime(d.updatedAt())).setHeader(getTranslation("workspace.draft.updated"))
                .setAutoWidth(true);
        drafts.addComponentColumn(d -> {
            Button open = new Button(getTranslation("workspace.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class, d.id())));
            open.setId("draft-open-" + d.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("workspace.delete"), click -> {
                workspace.deleteDraft(d.id());
                refresh();
            });
            delete.setId("draft-delete-" + d.id());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(open, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        drafts.setAllRowsVisible(true);
    }

    private void configureRequests() {
        requests.setId("requests");
        requests.addColumn(r -> "#" + r.id()).setHeader("#").setAutoWidth(true);
        requests.addColumn(r -> getTranslation("workspace.request.status." + r.status()))
                .setHeader(getTranslation("workspace.request.status")).setAutoWidth(true);
        requests.addColumn(r -> r.draftName() != null ? r.draftName()
                : getTranslation("workspace.request.rollbackTo", r.rollbackTo()))
                .setHeader(getTranslation("workspace.request.what")).setFlexGrow(2);
        requests.addColumn(RequestView::requestedBy).setHeader(getTranslation("workspace.request.by")).setAutoWidth(true);
        requests.addColumn(r -> Formats.dateTime(r.requestedAt())).setHeader(getTranslation("workspace.request.at"))
                .setAutoWidth(true);
        requests.addColumn(RequestView::note).setHeader(getTranslation("workspace.request.note")).setFlexGrow(3);
        requests.addComponentColumn(r -> {
            Button open = new Button(getTranslation("workspace.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate(RequestReviewView.class, r.id())));
            open.setId("request-open-" + r.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        requests.setAllRowsVisible(true);
    }

    private void refresh() {
        if (analyst) {
            drafts.setItems(workspace.myDrafts());
        }
        requests.setItems(publishing.requests().stream()
                .sorted(Comparator.comparing((RequestView r) -> !r.pending())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.title");
    }
}
