package kr.oneteam.app.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test files: CSV in a given encoding, XLSX with POI's ordinary (non-streaming) model. */
final class Sheets {

    /** The template's required columns, Korean headers. */
    static final List<String> REQUIRED_KO = List.of("접수일시", "접수 경로", "기업명", "기업 규모", "소재지", "제목",
            "제안 내용", "분류", "단계");

    private Sheets() {
    }

    static List<String> row(String company, String title) {
        return List.of("2025-07-08 15:30", "MEETING", company, "SME", "CAPITAL", title, title + "에 대한 제안", "AI_ADOPTION",
                "COMMERCIAL");
    }

    static byte[] csv(Charset charset, boolean bom, List<List<String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            out.write(text.toString().getBytes(charset));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each cell that starts with "=" (and is longer than 1) becomes a formula of the rest. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("제안");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean bool) {
                        row.createCell(c).setCellValue(bool);
                    } else if (value instanceof String text && text.startsWith("=") && text.length() > 1) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
