package kr.oneteam.app.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX by POI's streaming writer (a window of 100 rows in memory). The first row of each sheet is a bold,
 * frozen header; texts are string cells (never formulas) and still escaped, in case the file is saved as CSV.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int EXCEL_CELL_MAX = 32_767;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle headerStyle;
    private final CellStyle wrapStyle;
    private SXSSFSheet sheet;
    private int rowIndex;

    XlsxSheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        sheet(sheetName);
    }

    @Override
    public void sheet(String name) {
        sheet = workbook.createSheet(name);
        sheet.createFreezePane(0, 1);
        rowIndex = 0;
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                String text = SheetText.escape(value.toString());
                cell.setCellValue(text.length() > EXCEL_CELL_MAX ? text.substring(0, EXCEL_CELL_MAX) : text);
                if (text.indexOf('\n') >= 0) {
                    cell.setCellStyle(wrapStyle);
                }
            }
            if (rowIndex == 0) {
                cell.setCellStyle(headerStyle);
            }
        }
        rowIndex++;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
