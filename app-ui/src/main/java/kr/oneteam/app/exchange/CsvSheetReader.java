package kr.oneteam.app.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: the encoding detected ({@link TextEncoding}), comma-separated (or tab-separated when the
 * header row has tabs and no commas), RFC 4180 quoting, line breaks inside quoted cells kept. Every cell is
 * text: a CSV file has no formulas, so "=1+2" is the text "=1+2".
 */
final class CsvSheetReader {

    private CsvSheetReader() {
    }

    static SheetTable read(byte[] bytes) {
        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);
        String text = decoded.text();
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord record : parser) {
                    if (headers == null) {
                        headers = record.toList();
                        continue;
                    }
                    if (rows.size() >= SheetUpload.MAX_ROWS) {
                        throw new SheetRefused("sheets.tooManyRows", SheetUpload.MAX_ROWS);
                    }
                    List<SheetCell> cells = record.stream().map(SheetCell::text).toList();
                    rows.add(new SheetRow((int) record.getRecordNumber(), cells));
                }
            } catch (UncheckedIOException | IllegalStateException malformed) {
                throw new SheetRefused("sheets.csv.malformed", parser.getCurrentLineNumber());
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return new SheetTable(SheetFormat.CSV, decoded.encoding(), headers == null ? List.of() : headers, rows);
    }
}
