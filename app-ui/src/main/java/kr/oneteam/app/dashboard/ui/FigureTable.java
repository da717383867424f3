package kr.oneteam.app.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A chart's numbers as a real table — caption, column headers, row headers — so that it is the chart's text
 * alternative: screen readers and keyboards use it, and its first column links to the same queue as the bar. Text is
 * set as text, never as HTML.
 */
final class FigureTable {

    /** One cell; {@code href} makes it a link, {@code numeric} aligns it right. */
    record Cell(String text, String href, boolean numeric) {
        static Cell text(String text) {
            return new Cell(text, null, false);
        }

        static Cell link(String text, String href) {
            return new Cell(text, href, false);
        }

        static Cell number(long value) {
            return new Cell(String.format(java.util.Locale.ROOT, "%,d", value), null, true);
        }
    }

    private FigureTable() {
    }

    static NativeTable of(String id, String caption, List<String> headers, List<List<Cell>> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("insight-table");
        table.setCaptionText(caption);
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = head.addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = headRow.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        NativeTableBody body = table.getBody();
        for (List<Cell> row : rows) {
            NativeTableRow tr = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                if (i == 0) {
                    NativeTableHeaderCell th = tr.addHeaderCell();
                    th.getElement().setAttribute("scope", "row");
                    fill(th, cell);
                } else {
                    NativeTableCell td = tr.addDataCell();
                    fill(td, cell);
                }
            }
        }
        if (rows.isEmpty()) {
            NativeTableRow tr = body.addRow();
            NativeTableCell td = tr.addDataCell();
            td.setText(table.getTranslation("dashboard.empty"));
            td.getElement().setAttribute("colspan", String.valueOf(headers.size()));
        }
        return table;
    }

    private static void fill(com.vaadin.flow.component.HtmlContainer cell, Cell content) {
        if (content.numeric()) {
            cell.addClassName("num");
        }
        if (content.href() != null) {
            cell.add(new Anchor(content.href(), content.text()));
        } else {
            cell.setText(content.text());
        }
    }
}
