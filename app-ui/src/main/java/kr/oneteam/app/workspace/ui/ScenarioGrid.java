package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.ScenarioRow;
import kr.oneteam.app.workspace.ScenarioTable;
import kr.oneteam.app.workspace.Scenarios;
import kr.oneteam.app.workspace.WorkspaceRefused;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scenarios of a draft in a grid: pick a scenario file, see its rows, edit the selected row in the form
 * below, add rows, run one or all (expected beside actual), turn a stored proposal into a row, and save the
 * rows back into the file. Running uses the draft as last saved.
 */
class ScenarioGrid extends Composite<VerticalLayout> {

    private final transient Scenarios scenarios;
    private final long draftId;
    private final transient Consumer<DraftView> saved;
    private final ComboBox<String> file = new ComboBox<>();
    private final Grid<ScenarioRow> grid = new Grid<>();
    private final Binder<ScenarioRow> binder = new Binder<>();
    private final Span summary = new Span();
    private final Map<ScenarioRow, ScenarioTable.RowResult> results = new IdentityHashMap<>();
    private ScenarioTable.Rows rows = new ScenarioTable.Rows(null, new ArrayList<>(), null);

    ScenarioGrid(Scenarios scenarios, long draftId, Consumer<DraftView> saved) {
        this.scenarios = scenarios;
        this.draftId = draftId;
        this.saved = saved;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        file.setId("scenario-file");
        file.setLabel(getTranslation("workspace.scenario.file"));
        file.setWidth("24em");
        file.addValueChangeListener(e -> load(e.getValue()));
        configureGrid();
        summary.setId("scenario-summary");
        layout.add(toolbar(), grid, summary, rowForm(), fromProposal());
    }

    void setFiles(List<String> csvFiles) {
        String current = file.getValue();
        file.setItems(csvFiles);
        if (current != null && csvFiles.contains(current)) {
            file.setValue(current);
        } else if (!csvFiles.isEmpty()) {
            file.setValue(csvFiles.get(0));
        }
    }

    private HorizontalLayout toolbar() {
        Button add = new Button(getTranslation("workspace.scenario.addRow"), click -> {
            ScenarioRow row = new ScenarioRow();
            rows.rows().add(row);
            grid.setItems(rows.rows());
            grid.select(row);
        });
        add.setId("scenario-add");
        Button runAll = new Button(getTranslation("workspace.scenario.runAll"), click -> run(rows.rows()));
        runAll.setId("scenario-run-all");
        Button runOne = new Button(getTranslation("workspace.scenario.runOne"),
                click -> grid.getSelectedItems().stream().findFirst().ifPresent(r -> run(List.of(r))));
        runOne.setId("scenario-run-one");
        Button save = new Button(getTranslation("workspace.scenario.save"), click -> save());
        save.setId("scenario-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(file, add, runOne, runAll, save);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setId("scenario-grid");
        grid.addColumn(r -> r.getLine() > 0 ? String.valueOf(r.getLine()) : "+").setHeader(getTranslation("workspace.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ScenarioRow::getName).setHeader(getTranslation("workspace.scenario.case")).setFlexGrow(2);
        grid.addColumn(ScenarioRow::getProposal).setHeader(getTranslation("workspace.scenario.proposal")).setFlexGrow(3);
        grid.addColumn(ScenarioRow::getExpect).setHeader(getTranslation("workspace.scenario.expect")).setFlexGrow(3);
        grid.addColumn(r -> results.containsKey(r) ? results.get(r).actual() : "")
                .setHeader(getTranslation("workspace.scenario.actual")).setFlexGrow(3);
        grid.addColumn(r -> !results.containsKey(r) ? "" : results.get(r).passed()
                ? getTranslation("workspace.scenario.pass")
                : getTranslation("workspace.scenario.fail") + ": " + String.join("; ", results.get(r).differences()))
                .setHeader(getTranslation("workspace.scenario.result")).setFlexGrow(3).setKey("result");
        grid.setHeight("40vh");
        grid.asSingleSelect().addValueChangeListener(e -> binder.setBean(e.getValue()));
    }

    private VerticalLayout rowForm() {
        TextField name = new TextField(getTranslation("workspace.scenario.case"));
        name.setId("row-name");
        name.setWidthFull();
        TextField description = new TextField(getTranslation("workspace.scenario.description"));
        description.setId("row-description");
        description.setWidthFull();
        TextArea proposal = new TextArea(getTranslation("workspace.scenario.proposal"));
        proposal.setId("row-proposal");
        proposal.setWidthFull();
        TextArea expect = new TextArea(getTranslation("workspace.scenario.expect"));
        expect.setId("row-expect");
        expect.setWidthFull();
        binder.forField(name).bind(ScenarioRow::getName, ScenarioRow::setName);
        binder.forField(description).bind(ScenarioRow::getDescription, ScenarioRow::setDescription);
        binder.forField(proposal).bind(ScenarioRow::getProposal, ScenarioRow::setProposal);
        binder.forField(expect).bind(ScenarioRow::getExpect, ScenarioRow::setExpect);
        binder.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        VerticalLayout form = new VerticalLayout(name, description, proposal, expect);
        form.setPadding(false);
        form.setSpacing(false);
        return form;
    }

    private HorizontalLayout fromProposal() {
        IntegerField id = new IntegerField(getTranslation("workspace.scenario.proposalId"));
        id.setId("row-from-proposal-id");
        id.setMin(1);
        Button add = new Button(getTranslation("workspace.scenario.fromProposal"), click -> {
            if (id.getValue() == null) {
                return;
            }
            try {
                ScenarioRow row = scenarios.fromProposal(id.getValue());
                rows.rows().add(row);
                grid.setItems(rows.rows());
                grid.select(row);
            } catch (WorkspaceRefused e) {
                Notices.refused(this, e);
            }
        });
        add.setId("row-from-proposal");
        HorizontalLayout line = new HorizontalLayout(id, add);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private void load(String path) {
        results.clear();
        binder.setBean(null);
        if (path == null) {
            rows = new ScenarioTable.Rows(null, new ArrayList<>(), null);
        } else {
            try {
                rows = scenarios.rows(draftId, path);
            } catch (WorkspaceRefused e) {
                Notices.refused(this, e);
                rows = new ScenarioTable.Rows(null, new ArrayList<>(), null);
            }
        }
        grid.setItems(rows.rows());
        summary.setText("");
    }

    private void run(List<ScenarioRow> which) {
        if (file.getValue() == null || which.isEmpty()) {
            return;
        }
        try {
            for (ScenarioTable.RowResult result : scenarios.run(draftId, file.getValue(), which)) {
                results.put(result.row(), result);
            }
            long failed = which.stream().filter(r -> !results.get(r).passed()).count();
            summary.setText(getTranslation("workspace.scenario.summary", which.size() - failed, failed));
            grid.getDataProvider().refreshAll();
        } catch (WorkspaceRefused e) {
            Notices.refused(this, e);
        }
    }

    private void save() {
        if (file.getValue() == null) {
            return;
        }
        try {
            saved.accept(scenarios.save(draftId, file.getValue(), rows));
            Notices.done(this, "workspace.saved", file.getValue());
            load(file.getValue());
        } catch (WorkspaceRefused e) {
            Notices.refused(this, e);
        }
    }
}
