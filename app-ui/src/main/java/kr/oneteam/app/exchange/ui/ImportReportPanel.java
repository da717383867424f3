package kr.oneteam.app.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import kr.oneteam.app.exchange.ImportReport;
import kr.oneteam.app.review.ui.ProposalView;

/**
 * The report of one import: a summary (how many rows taken, already there, refused; format and encoding),
 * then one grid row per sheet row with its outcome, a link to the proposal, and every reason by column.
 * Text from the file is shown as text, never as HTML.
 */
class ImportReportPanel extends Div {

    ImportReportPanel(ImportReport report) {
        setId("import-report");
        setWidthFull();
        Paragraph summary = new Paragraph(getTranslation("import.summary", report.rows().size(),
                report.count(ImportReport.Status.CREATED), report.count(ImportReport.Status.DUPLICATE),
                report.count(ImportReport.Status.REFUSED), report.format().name()
                        + (report.encoding() == null ? "" : ", " + report.encoding())));
        summary.setId("import-summary");
        add(summary);
        if (!report.skippedColumns().isEmpty()) {
            add(new Paragraph(getTranslation("import.skipped", String.join(", ", report.skippedColumns()))));
        }
        add(grid(report));
    }

    private Grid<ImportReport.Row> grid(ImportReport report) {
        Grid<ImportReport.Row> grid = new Grid<>();
        grid.setId("import-rows");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(report.rows().size() <= 50);
        grid.addColumn(ImportReport.Row::row).setHeader(getTranslation("import.column.row")).setKey("row")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("import.column.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::proposal).setHeader(getTranslation("import.column.proposal")).setKey("proposal")
                .setFlexGrow(1);
        grid.addComponentColumn(this::reasons).setHeader(getTranslation("import.column.reasons")).setKey("reasons")
                .setFlexGrow(3);
        grid.setItems(report.rows());
        return grid;
    }

    private Component status(ImportReport.Row row) {
        Span status = new Span(getTranslation("import.status." + row.status().name()));
        status.getElement().getThemeList().add(switch (row.status()) {
            case CREATED -> "badge success";
            case DUPLICATE -> "badge contrast";
            case REFUSED -> "badge error";
        });
        return status;
    }

    private Component proposal(ImportReport.Row row) {
        String title = row.title() == null ? "" : row.title();
        if (row.proposalId() == null) {
            return new Span(title);
        }
        RouterLink link = new RouterLink("#" + row.proposalId() + " " + title, ProposalView.class, row.proposalId());
        link.setId("import-link-" + row.row());
        return link;
    }

    private Component reasons(ImportReport.Row row) {
        Div reasons = new Div();
        reasons.setId("import-reasons-" + row.row());
        if (row.note() != null) {
            reasons.add(line(row.note()));
        }
        for (ImportReport.Reason reason : row.reasons()) {
            reasons.add(line(getTranslation("import.reason", reason.column(), reason.field(), reason.message())));
        }
        return reasons;
    }

    private static Div line(String text) {
        Div line = new Div();
        line.setText(text);
        return line;
    }
}
