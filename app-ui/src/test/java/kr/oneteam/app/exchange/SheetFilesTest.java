package kr.oneteam.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Whole files that are refused before any row is looked at, each with its own reason. */
class SheetFilesTest {

    private static List<SheetProblem> refusal(byte[] file) {
        try {
            SheetHeader.of(SheetFiles.read(file).headers(), Locale.KOREAN);
        } catch (SheetRefused refused) {
            return refused.problems();
        }
        throw new AssertionError("the file was not refused");
    }

    private static String firstCode(byte[] file) {
        return refusal(file).get(0).code();
    }

    @Test
    void a_50_mb_upload_is_refused_after_reading_no_more_than_the_limit() {
        long fifty = 50L * 1024 * 1024;
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return read[0]++ < fifty ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, fifty - read[0]);
                if (n <= 0) {
                    return -1;
                }
                read[0] += n;
                return n;
            }
        };
        assertThatThrownBy(() -> SheetUpload.read(endless)).isInstanceOf(SheetRefused.class)
                .satisfies(e -> assertThat(((SheetRefused) e).problems().get(0))
                        .isEqualTo(SheetProblem.of("sheets.tooLarge", 20)));
        assertThat(read[0]).isLessThanOrEqualTo(SheetUpload.MAX_BYTES + 64 * 1024);
    }

    @Test
    void files_that_are_no_spreadsheet_are_named_as_such() {
        assertThat(firstCode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("sheets.notSpreadsheet");
        assertThat(firstCode(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEqualTo("sheets.notSpreadsheet");
        assertThat(firstCode(zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))).isEqualTo("sheets.notSpreadsheet");
        assertThat(firstCode(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0})).isEqualTo("sheets.xls");
        assertThat(firstCode(new byte[0])).isEqualTo("sheets.empty");
    }

    @Test
    void an_xlsx_that_would_expand_past_the_limit_is_refused_before_poi_reads_it() {
        byte[] bomb = zipOfZeros("xl/worksheets/sheet1.xml", SheetUpload.MAX_EXPANDED_BYTES + 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThat(refusal(bomb)).containsExactly(SheetProblem.of("sheets.xlsx.expands", 256L));
    }

    @Test
    void unknown_duplicate_and_missing_columns_are_all_reported_at_once() {
        List<String> header = new ArrayList<>(List.of("접수일시", "기업명", "Company name", "GPU 개수", "비고"));
        byte[] file = Sheets.csv(StandardCharsets.UTF_8, false, List.of(header, header));
        List<SheetProblem> problems = refusal(file);
        assertThat(problems).contains(SheetProblem.of("sheets.duplicateColumn", "Company name", "C"),
                SheetProblem.of("sheets.unknownColumns", "GPU 개수, 비고"),
                SheetProblem.of("sheets.missingColumns", "접수 경로, 기업 규모, 소재지, 제목, 제안 내용, 분류, 단계"));
    }

    @Test
    void korean_text_is_read_from_utf8_with_and_without_bom_and_from_cp949() {
        List<List<String>> rows = List.of(Sheets.REQUIRED_KO, Sheets.row("한글기업㈜", "데이터 바우처 요청"));
        for (var variant : List.of(
                new Object[] {Sheets.csv(StandardCharsets.UTF_8, true, rows), "UTF-8 (BOM)"},
                new Object[] {Sheets.csv(StandardCharsets.UTF_8, false, rows), "UTF-8"},
                new Object[] {Sheets.csv(TextEncoding.CP949, false, rows), "CP949 (EUC-KR)"},
                new Object[] {Sheets.csv(java.nio.charset.Charset.forName("EUC-KR"), false, rows), "CP949 (EUC-KR)"})) {
            SheetTable table = SheetFiles.read((byte[]) variant[0]);
            assertThat(table.encoding()).isEqualTo(variant[1]);
            assertThat(table.headers()).isEqualTo(Sheets.REQUIRED_KO);
            assertThat(table.rows().get(0).cell(2).text()).isEqualTo("한글기업㈜");
        }
    }

    @Test
    void text_in_neither_utf8_nor_cp949_is_refused_with_save_as_utf8() {
        byte[] latin1 = "접수일시,x\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[latin1.length + 2];
        System.arraycopy(latin1, 0, broken, 0, latin1.length);
        broken[latin1.length] = (byte) 0xFF;
        broken[latin1.length + 1] = (byte) 0xFF;
        assertThat(firstCode(broken)).isEqualTo("sheets.encoding.unknown");
        assertThat(firstCode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isEqualTo("sheets.encoding.utf16");
    }

    @Test
    void an_unclosed_quote_names_its_line() {
        byte[] file = "접수일시,기업명\n\"2025-07-08,\"없는 따옴표\n".getBytes(StandardCharsets.UTF_8);
        assertThat(firstCode(file)).isEqualTo("sheets.csv.malformed");
    }

    @Test
    void an_xlsx_formula_cell_is_marked_and_its_value_never_used() {
        byte[] file = Sheets.xlsx(List.of(List.of("제목", "GPU 수량", "스타트업"), List.of("=HYPERLINK(\"http://x\",\"y\")", 16, true)));
        SheetTable table = SheetFiles.read(file);
        assertThat(table.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(table.rows().get(0).cell(0).formula()).isTrue();
        assertThat(table.rows().get(0).cell(0).text()).isNull();
        assertThat(table.rows().get(0).cell(1).number()).isEqualTo(16.0);
        assertThat(table.rows().get(0).cell(2).bool()).isTrue();
        assertThat(table.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void exported_text_never_starts_a_formula_and_reads_back_unchanged() {
        for (String hostile : List.of("=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "'=quoted", "plain")) {
            String cell = SheetText.escape(hostile);
            assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r");
            assertThat(SheetText.unescape(cell).replace("\n", "\r")).isEqualTo(hostile.replace("\n", "\r"));
        }
    }

    private static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zipOfZeros(String name, long size) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
