package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.AuditLine;

/** The proposal's history, read-only: the audit log is append-only and the UI offers no edit or delete. */
class AuditPanel extends Div {

    AuditPanel(List<AuditLine> history) {
        setId("audit");
        Grid<AuditLine> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(line -> Formats.dateTime(line.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditLine::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditLine::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditLine::before).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(AuditLine::after).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
