package kr.oneteam.app.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImpactExportTest {

    /** A proposal whose outsiders' text would be formulas in a spreadsheet, and one whose rules now fail. */
    static ImpactReport report() {
        ProgrammeChange added = new ProgrammeChange("P01", ProgrammeChange.Kind.ADDED, null, Eligibility.ELIGIBLE,
                null, 60, null, "20 GPU × 4개월", List.of(), List.of("R-CMP-01"), true);
        ProgrammeChange changed = new ProgrammeChange("P02", ProgrammeChange.Kind.CHANGED, Eligibility.ELIGIBLE,
                Eligibility.INELIGIBLE, 60, 0, "20 GPU × 6개월 (자부담 10%)", "", List.of("R-CMP-02"),
                List.of("R-CMP-02", "R-CMP-X1"), true);
        ProposalChange hostile = new ProposalChange(7, "+cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"클릭\")",
                ProposalStatus.AWAITING_REVIEW, true, false, null, null, List.of(added, changed));
        ProposalChange failing = new ProposalChange(9, "@SUM(1)", "-2+3", ProposalStatus.DECIDED, false, true, null,
                "R-CMP-01: ArithmeticException", List.of());
        ProgrammeImpact p01 = new ProgrammeImpact("P01", "고성능컴퓨팅", "HPC cloud", new EligibilityCounts(1, 0, 0),
                new EligibilityCounts(2, 0, 0), CapacityUnit.GPU, 30L, 16, 36);
        return new ImpactReport(3, "sha256:aaa", "sha256:bbb", QueueFilter.none(), 2, 0, 1,
                Instant.parse("2026-12-01T12:00:00Z"), Duration.ofMillis(5), List.of(p01), List.of(hostile, failing),
                new Workload(1, 1, 1));
    }

    @Test
    void the_csv_has_one_row_per_programme_change_with_korean_titles_and_no_formula_survives() throws Exception {
        byte[] csv = ImpactExport.csv(report(), Locale.KOREAN);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(new String(csv, 3, csv.length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(1 + 2 + 1);
        assertThat(rows.get(0).get(0)).isEqualTo("제안 ID");
        CSVRecord first = rows.get(1);
        assertThat(first.get(0)).isEqualTo("7");
        assertThat(first.get(1)).isEqualTo("proposals/7");
        assertThat(first.get(2)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(first.get(3)).isEqualTo("'=HYPERLINK(\"http://evil\",\"클릭\")");
        assertThat(first.get(4)).isEqualTo("검토 대기");
        assertThat(first.get(7)).isEqualTo("P01");
        assertThat(first.get(8)).isEqualTo("추가");
        assertThat(first.get(10)).isEqualTo("적격");
        assertThat(first.get(14)).isEqualTo("20 GPU × 4개월");
        CSVRecord second = rows.get(2);
        assertThat(second.get(9)).isEqualTo("적격");
        assertThat(second.get(10)).isEqualTo("부적격");
        assertThat(second.get(16)).isEqualTo("R-CMP-02 R-CMP-X1");
        CSVRecord failing = rows.get(3);
        assertThat(failing.get(2)).isEqualTo("'@SUM(1)");
        assertThat(failing.get(3)).isEqualTo("'-2+3");
        assertThat(failing.get(6)).isEqualTo("예");
        assertThat(failing.get(19)).isEqualTo("R-CMP-01: ArithmeticException");
        for (CSVRecord row : rows) {
            row.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
        }
    }

    @Test
    void the_csv_speaks_english_when_asked() {
        String csv = new String(ImpactExport.csv(report(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("Proposal id", "added", "Eligibility (after)", "Awaiting review", "Eligible");
    }

    @Test
    void the_xlsx_has_summary_programmes_and_changes_with_text_cells_that_are_never_formulas() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ImpactExport.xlsx(report(), Locale.KOREAN)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("요약");
            Sheet programmes = book.getSheet("지원사업");
            assertThat(programmes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P01");
            assertThat(programmes.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(programmes.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(30);
            assertThat(programmes.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(36);
            assertThat(programmes.getRow(1).getCell(12).getStringCellValue()).isEqualTo("예");
            Sheet changes = book.getSheet("변경");
            assertThat(changes.getPhysicalNumberOfRows()).isEqualTo(1 + 3);
            assertThat(changes.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"클릭\")");
            for (Sheet sheet : book) {
                sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
        }
    }
}
