package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.routing.RulesetPublication;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.WorkspaceRefused;

import java.util.List;

/**
 * Every published version (who asked, who approved, when, note, source, rule count), a file-by-file diff
 * between any two, and rollback: an ANALYST asks for it (approved by someone else like any request), an
 * ADMIN may roll back at once (the emergency brake, audited).
 */
@Route(value = "rules/history", layout = MainLayout.class)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    private final transient Publishing publishing;
    private final Grid<RulesetStatus.VersionSummary> grid = new Grid<>();
    private final ComboBox<RulesetStatus.VersionSummary> from = new ComboBox<>();
    private final ComboBox<RulesetStatus.VersionSummary> to = new ComboBox<>();
    private final DiffPanel diff = new DiffPanel("history-diff");
    private final TextField note = new TextField();

    public HistoryView(Publishing publishing) {
        this.publishing = publishing;
        setWidthFull();
        add(new RouterLink(getTranslation("workspace.back"), RulesView.class), new H2(getTranslation("workspace.history")));
        configureGrid();
        add(grid, rollbackBar(), new H3(getTranslation("workspace.diff")), diffBar(), diff);
        refresh();
    }

    private void configureGrid() {
        grid.setId("history");
        grid.addColumn(v -> "#" + v.id() + (v.active() ? " ★" : v.scheduled() ? " ⏱" : "")).setHeader("#")
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation("catalogue.ruleset.source." + v.source())
                + (v.rolledBackFrom() == null ? "" : " ← #" + v.rolledBackFrom()))
                .setHeader(getTranslation("workspace.active.source")).setAutoWidth(true);
        grid.addColumn(RulesetStatus.VersionSummary::requestedBy).setHeader(getTranslation("workspace.active.requested"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.approvedBy() == null ? "—" : v.approvedBy())
                .setHeader(getTranslation("workspace.active.approved")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.activatedAt() != null ? v.activatedAt() : v.publishedAt()))
                .setHeader(getTranslation("workspace.active.when")).setAutoWidth(true);
        grid.addColumn(v -> v.effectiveAt() == null ? "" : Formats.dateTime(v.effectiveAt()))
                .setHeader(getTranslation("workspace.request.effective")).setAutoWidth(true);
        grid.addColumn(RulesetStatus.VersionSummary::ruleCount).setHeader(getTranslation("workspace.active.rules"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("workspace.active.note"))
                .setFlexGrow(3);
        grid.addColumn(RulesetStatus.VersionSummary::name).setHeader(getTranslation("workspace.hash")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout rollbackBar() {
        note.setId("rollback-note");
        note.setLabel(getTranslation("workspace.rollback.note"));
        note.setWidth("30em");
        note.setMaxLength(2000);
        HorizontalLayout bar = new HorizontalLayout(note);
        if (CurrentUser.hasRole(Roles.ANALYST)) {
            Button ask = new Button(getTranslation("workspace.rollback.request"), click -> selected().ifPresent(v -> {
                try {
                    RequestView request = publishing.requestRollback(v.id(), note.getValue());
                    Notices.done(this, "workspace.request.sent", request.id());
                    getUI().ifPresent(ui -> ui.navigate(RequestReviewView.class, request.id()));
                } catch (WorkspaceRefused e) {
                    Notices.refused(this, e);
                }
            }));
            ask.setId("rollback-request");
            bar.add(ask);
        }
        if (CurrentUser.hasRole(Roles.ADMIN)) {
            Button now = new Button(getTranslation("workspace.rollback.now"), click -> selected().ifPresent(v -> {
                try {
                    RulesetPublication.Publication done = publishing.rollbackNow(v.id(), note.getValue());
                    Notices.done(this, "workspace.rollback.done", v.id(), done.versionId());
                    refresh();
                } catch (WorkspaceRefused e) {
                    Notices.refused(this, e);
                }
            }));
            now.setId("rollback-now");
            now.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            bar.add(now);
        }
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private java.util.Optional<RulesetStatus.VersionSummary> selected() {
        java.util.Optional<RulesetStatus.VersionSummary> v = grid.getSelectedItems().stream().findFirst();
        if (v.isEmpty()) {
            Notices.refused(this, new WorkspaceRefused("workspace.rollback.pick", "pick a version first"));
        }
        return v;
    }

    private HorizontalLayout diffBar() {
        from.setId("diff-from");
        from.setLabel(getTranslation("workspace.diff.from"));
        to.setId("diff-to");
        to.setLabel(getTranslation("workspace.diff.to"));
        for (ComboBox<RulesetStatus.VersionSummary> box : List.of(from, to)) {
            box.setItemLabelGenerator(v -> "#" + v.id() + " " + v.name());
            box.addValueChangeListener(e -> showDiff());
        }
        HorizontalLayout bar = new HorizontalLayout(from, to);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void showDiff() {
        if (from.getValue() != null && to.getValue() != null) {
            diff.show(publishing.diff(from.getValue().id(), to.getValue().id()));
        }
    }

    private void refresh() {
        List<RulesetStatus.VersionSummary> versions = publishing.history();
        grid.setItems(versions);
        from.setItems(versions);
        to.setItems(versions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.history");
    }
}
