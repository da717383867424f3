package kr.oneteam.app.exchange;

import java.util.List;

/**
 * What became of an uploaded sheet, row by row: taken (with the new proposal's id), already there (the id
 * stored under its externalRef) or refused with every reason, each naming its column. Messages are in the
 * language the import was asked in.
 */
public record ImportReport(String fileName, SheetFormat format, String encoding, List<String> skippedColumns,
                           List<Row> rows) {

    public enum Status { CREATED, DUPLICATE, REFUSED }

    /** One reason a row was refused: the column as the file names it, the JSON path, the message. */
    public record Reason(String column, String field, String message) {
    }

    /** One data row: its number in the sheet, what became of it, the proposal it is, and why not. */
    public record Row(int row, Status status, Long proposalId, String title, List<Reason> reasons, String note) {

        public Row {
            reasons = List.copyOf(reasons);
        }
    }

    public ImportReport {
        skippedColumns = List.copyOf(skippedColumns);
        rows = List.copyOf(rows);
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
