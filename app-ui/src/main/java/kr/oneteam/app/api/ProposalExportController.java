package kr.oneteam.app.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import kr.oneteam.app.exchange.QueueExport;
import kr.oneteam.app.exchange.SheetImport;
import kr.oneteam.app.exchange.SheetRefused;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/proposals/export?format=csv|xlsx&<the queue's filters>}: the filtered queue as the 검토함's
 * 내보내기 gives it — the same service ({@link QueueExport}), so the same columns, the same CSV-injection escaping,
 * and a file the import reads back. Rows are written to the response as they are read, page by page; one export
 * holds at most {@link QueueExport#maxRows()} proposals (what one import takes), a larger filter is 422 before
 * anything is written. OFFICER, ANALYST and ADMIN, as the queue (h-insight2, issue 10).
 */
@RestController
class ProposalExportController {

    static final URI TOO_MANY = URI.create("urn:oneteam:problem:export-too-large");

    private final QueueExport export;
    private final SheetImport sheets;

    ProposalExportController(QueueExport export, SheetImport sheets) {
        this.export = export;
        this.sheets = sheets;
    }

    @GetMapping("/api/proposals/export")
    void export(HttpServletRequest request, HttpServletResponse response, Principal caller) throws IOException {
        ExportParameters parameters = ExportParameters.read(request.getParameterMap(), caller.getName());
        var locale = LocaleContextHolder.getLocale();
        // QueueExport counts first and refuses before it writes; only then are the headers of a file set.
        response.setContentType(parameters.format().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(QueueExport.fileName(parameters.format(), locale), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            export.export(parameters.filter(), parameters.sort(), parameters.format(), locale, response.getOutputStream());
        } catch (SheetRefused refused) {
            response.reset();
            throw refused;
        }
    }

    @ExceptionHandler(SheetRefused.TooManyRows.class)
    ResponseEntity<ProblemDetail> tooMany(SheetRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setType(TOO_MANY);
        List<String> reasons = refused.problems().stream()
                .map(p -> sheets.text(p, LocaleContextHolder.getLocale())).toList();
        problem.setTitle(reasons.get(0));
        problem.setProperty("limit", export.maxRows());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
