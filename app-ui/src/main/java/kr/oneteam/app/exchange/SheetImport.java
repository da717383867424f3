package kr.oneteam.app.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.intake.BatchOutcome;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.IntakeService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports proposals from a CSV or XLSX sheet through the intake: the file is checked as a whole first (size,
 * format, encoding, columns — refused as a whole with {@link SheetRefused}), then each row becomes one
 * INTAKE.md JSON object. The rows without sheet-only problems go to {@link IntakeService#submitBatch} in one
 * call (its per-item results, one transaction, a RECEIVE audit entry per stored proposal); the others are only
 * validated by the intake ({@link IntakeService#preview}), so that their report lists every reason, and
 * nothing of them is stored.
 */
@Service
public class SheetImport {

    private final IntakeService intake;
    private final MessageSource intakeMessages;
    private final I18NProvider sheetMessages;
    private final ObjectMapper json;

    SheetImport(IntakeService intake, MessageSource intakeMessages, I18NProvider sheetMessages, ObjectMapper json) {
        this.intake = intake;
        this.intakeMessages = intakeMessages;
        this.sheetMessages = sheetMessages;
        this.json = json;
    }

    /**
     * @param upload the file as uploaded; read at most up to {@link SheetUpload#MAX_BYTES}
     * @throws SheetRefused when the file as a whole cannot be read as a proposal sheet
     */
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN','INTAKE')")
    public ImportReport importSheet(String fileName, InputStream upload, Locale locale, String actor) {
        SheetTable table = SheetFiles.read(SheetUpload.read(upload));
        SheetHeader header = SheetHeader.of(table.headers(), locale);
        List<SheetRow> rows = table.rows().stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            throw new SheetRefused("sheets.noRows");
        }
        RowReader reader = new RowReader(header, locale);
        List<RowReader.Read> reads = rows.stream().map(reader::read).toList();
        List<RowReader.Read> clean = reads.stream().filter(RowReader.Read::clean).toList();
        List<RowReader.Read> dirty = reads.stream().filter(r -> !r.clean()).toList();
        List<BatchOutcome> outcomes = clean.isEmpty() ? List.of() : intake.submitBatch(array(clean), actor);
        List<IntakeService.Preview> checks = dirty.isEmpty() ? List.of() : intake.preview(body(dirty)).items();
        ProblemColumns columns = new ProblemColumns(header, locale);
        List<ImportReport.Row> report = new ArrayList<>(reads.size());
        int nextClean = 0;
        int nextDirty = 0;
        for (RowReader.Read read : reads) {
            report.add(read.clean() ? taken(read, outcomes.get(nextClean++), columns, locale)
                    : refused(read, checks.get(nextDirty++).problems(), columns, locale));
        }
        return new ImportReport(fileName, table.format(), table.encoding(), header.skipped(), report);
    }

    /** A message of the sheets bundle in {@code locale}. */
    public String text(SheetProblem problem, Locale locale) {
        return sheetMessages.getTranslation(problem.code(), locale, problem.argArray());
    }

    private ImportReport.Row taken(RowReader.Read read, BatchOutcome outcome, ProblemColumns columns, Locale locale) {
        String title = read.json().path("title").asText(null);
        return switch (outcome.status()) {
            case CREATED -> new ImportReport.Row(read.row().number(), ImportReport.Status.CREATED, outcome.id(), title,
                    List.of(), outcome.routingFailure() == null ? null
                    : text(SheetProblem.of("sheets.report.routingFailed", outcome.routingFailure()), locale));
            case DUPLICATE -> new ImportReport.Row(read.row().number(), ImportReport.Status.DUPLICATE,
                    outcome.existingId(), title, List.of(), intakeText("intake.duplicateRef", locale, outcome.existingId()));
            case REJECTED -> new ImportReport.Row(read.row().number(), ImportReport.Status.REFUSED, null, title,
                    reasons(outcome.problems(), columns, locale), null);
        };
    }

    private ImportReport.Row refused(RowReader.Read read, List<FieldProblem> intakeProblems, ProblemColumns columns,
                                     Locale locale) {
        List<ImportReport.Reason> reasons = new ArrayList<>();
        for (RowReader.Issue issue : read.issues()) {
            reasons.add(new ImportReport.Reason(issue.column(), issue.cell(), text(issue.problem(), locale)));
        }
        reasons.addAll(reasons(intakeProblems, columns, locale));
        return new ImportReport.Row(read.row().number(), ImportReport.Status.REFUSED, null,
                read.json().path("title").asText(null), reasons, null);
    }

    private List<ImportReport.Reason> reasons(List<FieldProblem> problems, ProblemColumns columns, Locale locale) {
        return problems.stream().map(p -> new ImportReport.Reason(columns.of(p.field()), p.field(),
                intakeText(p.code(), locale, p.argArray()))).toList();
    }

    private String intakeText(String code, Locale locale, Object... args) {
        return intakeMessages.getMessage(code, args, code, locale);
    }

    private ArrayNode array(List<RowReader.Read> reads) {
        ArrayNode items = json.createArrayNode();
        reads.forEach(r -> items.add(r.json()));
        return items;
    }

    private InputStream body(List<RowReader.Read> reads) {
        try {
            return new ByteArrayInputStream(json.writeValueAsBytes(array(reads)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
