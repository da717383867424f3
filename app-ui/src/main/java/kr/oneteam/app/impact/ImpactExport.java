package kr.oneteam.app.impact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import kr.oneteam.app.i18n.Formats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The difference as files: CSV (UTF-8 with a byte order mark, so that Excel reads the Korean; one row per
 * programme change) and XLSX (sheets: summary, programmes, changes). Every text cell goes through
 * {@link SafeCells}; numbers are numbers. Column titles come from the {@code impact} bundle in the UI language.
 */
public final class ImpactExport {

    private static final String[] CHANGE_COLUMNS = {"proposal", "link", "company", "title", "status", "open",
        "decided", "programme", "kind", "eligibilityBefore", "eligibilityAfter", "scoreBefore", "scoreAfter",
        "allocationBefore", "allocationAfter", "rulesBefore", "rulesAfter", "reasonsChanged", "failureBefore",
        "failureAfter"};
    private static final String[] PROGRAMME_COLUMNS = {"programme", "name", "eligibleBefore", "eligibleAfter",
        "conditionalBefore", "conditionalAfter", "ineligibleBefore", "ineligibleAfter", "unit", "remaining",
        "demandBefore", "demandAfter", "exceeded"};

    private ImpactExport() {
    }

    public static byte[] csv(ImpactReport report, Locale locale) {
        ResourceBundle words = words(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv.printRecord(titles(words, "impact.export.column.", CHANGE_COLUMNS));
            for (List<Object> row : changeRows(report, words)) {
                csv.printRecord(row.stream().map(v -> v instanceof String s ? SafeCells.text(s) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(ImpactReport report, Locale locale) {
        ResourceBundle words = words(locale);
        // Streaming workbook: 100,000 changed proposals stay a few rows in memory at a time.
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(words.getString("impact.export.sheet.summary"));
            int r = 0;
            for (List<Object> line : summaryRows(report, words)) {
                write(summary.createRow(r++), line);
            }
            Sheet programmes = book.createSheet(words.getString("impact.export.sheet.programmes"));
            write(programmes.createRow(0), titles(words, "impact.export.column.", PROGRAMME_COLUMNS));
            r = 1;
            for (List<Object> row : programmeRows(report, words, locale)) {
                write(programmes.createRow(r++), row);
            }
            Sheet changes = book.createSheet(words.getString("impact.export.sheet.changes"));
            write(changes.createRow(0), titles(words, "impact.export.column.", CHANGE_COLUMNS));
            r = 1;
            for (List<Object> row : changeRows(report, words)) {
                write(changes.createRow(r++), row);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value != null) {
                cell.setCellValue(SafeCells.text(value.toString()));
            }
        }
    }

    private static List<Object> titles(ResourceBundle words, String prefix, String[] columns) {
        List<Object> titles = new ArrayList<>();
        for (String column : columns) {
            titles.add(words.getString(prefix + column));
        }
        return titles;
    }

    private static List<List<Object>> summaryRows(ImpactReport report, ResourceBundle words) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(words.getString("impact.export.summary.active"), "#" + report.activeVersionId() + " " + report.activeHash()));
        rows.add(List.of(words.getString("impact.export.summary.draft"), report.draftHash()));
        rows.add(List.of(words.getString("impact.export.summary.finished"), Formats.dateTime(report.finishedAt())));
        rows.add(List.of(words.getString("impact.export.summary.simulated"), report.simulated()));
        rows.add(List.of(words.getString("impact.export.summary.changed"), report.changes().size()));
        rows.add(List.of(words.getString("impact.export.summary.openRerouted"), report.workload().openRerouted()));
        rows.add(List.of(words.getString("impact.export.summary.openChanged"), report.workload().openChanged()));
        rows.add(List.of(words.getString("impact.export.summary.decidedChanged"), report.workload().decidedChanged()));
        rows.add(List.of(words.getString("impact.export.summary.failed"), report.failedBefore() + " → " + report.failedAfter()));
        return rows;
    }

    private static List<List<Object>> programmeRows(ImpactReport report, ResourceBundle words, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeImpact p : report.programmes()) {
            List<Object> row = new ArrayList<>(List.of(p.code(), p.name(locale), p.before().eligible(), p.after().eligible(),
                    p.before().conditional(), p.after().conditional(), p.before().ineligible(), p.after().ineligible(),
                    p.unit().name()));
            row.add(p.remaining());
            row.add(p.demandBefore());
            row.add(p.demandAfter());
            row.add(p.exceededAfter() ? words.getString("impact.export.yes") : "");
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> changeRows(ImpactReport report, ResourceBundle words) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProposalChange c : report.changes()) {
            List<ProgrammeChange> programmes = c.programmes().isEmpty() ? java.util.Collections.singletonList(null) : c.programmes();
            for (ProgrammeChange p : programmes) {
                List<Object> row = new ArrayList<>();
                row.add(c.proposalId());
                row.add(c.link());
                row.add(c.companyName());
                row.add(c.title());
                row.add(label(words, c.status()));
                row.add(yes(words, c.open()));
                row.add(yes(words, c.decided()));
                row.add(p == null ? "" : p.programme());
                row.add(p == null ? "" : words.getString("impact.kind." + p.kind().name()));
                row.add(p == null ? "" : label(words, p.eligibilityBefore()));
                row.add(p == null ? "" : label(words, p.eligibilityAfter()));
                row.add(p == null ? null : p.scoreBefore());
                row.add(p == null ? null : p.scoreAfter());
                row.add(p == null || p.allocationBefore() == null ? "" : p.allocationBefore());
                row.add(p == null || p.allocationAfter() == null ? "" : p.allocationAfter());
                row.add(p == null ? "" : String.join(" ", p.rulesBefore()));
                row.add(p == null ? "" : String.join(" ", p.rulesAfter()));
                row.add(p == null ? "" : yes(words, p.reasonsChanged()));
                row.add(c.failureBefore() == null ? "" : c.failureBefore());
                row.add(c.failureAfter() == null ? "" : c.failureAfter());
                rows.add(row);
            }
        }
        return rows;
    }

    private static String yes(ResourceBundle words, boolean value) {
        return value ? words.getString("impact.export.yes") : "";
    }

    /** The impact bundle in exactly this language (Korean unless English): no fall-back to the JVM's locale. */
    private static ResourceBundle words(Locale locale) {
        return bundle("i18n.impact", locale);
    }

    /** An enum value's label (labels bundle of the domain, "ProposalStatus.NEW" → 신규), in the language of {@code words}. */
    private static String label(ResourceBundle words, Enum<?> value) {
        if (value == null) {
            return "";
        }
        ResourceBundle labels = bundle("kr.oneteam.domain.vocabulary.labels", words.getLocale());
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return labels.containsKey(key) ? labels.getString(key) : value.name();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(name, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
