package kr.oneteam.app.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes rows of cells — text, numbers, booleans or empty — to a CSV or XLSX stream. Every text passes
 * {@link SheetText#escape}, so that no cell written can start a formula.
 */
interface SheetWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** XLSX only: a second worksheet (the template's guide); CSV has one table and ignores it. */
    default void sheet(String name) throws IOException {
    }

    @Override
    void close() throws IOException;

    static SheetWriter of(SheetFormat format, OutputStream out, String sheetName) throws IOException {
        return format == SheetFormat.CSV ? new CsvSheetWriter(out) : new XlsxSheetWriter(out, sheetName);
    }
}
