package kr.oneteam.app.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** UTF-8 with a byte-order mark (so that Excel shows Korean), RFC 4180 quoting, CRLF between records. */
final class CsvSheetWriter implements SheetWriter {

    private final CSVPrinter printer;
    private boolean open = true;

    CsvSheetWriter(OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        if (!open) {
            return;
        }
        for (Object cell : cells) {
            printer.print(text(cell));
        }
        printer.println();
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String text) {
            return SheetText.escape(text);
        }
        if (cell instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return cell instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    }

    /** A CSV file is one table: what follows a second sheet is not written. */
    @Override
    public void sheet(String name) {
        open = false;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
