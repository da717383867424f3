package kr.oneteam.app.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import kr.oneteam.app.exchange.ImportReport;
import kr.oneteam.app.exchange.SheetImport;
import kr.oneteam.app.exchange.SheetRefused;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/proposals/import}: a CSV or XLSX sheet as the multipart part {@code file}, imported exactly
 * as on the 엑셀 가져오기 screen (decision record 110). {@code 200} with one result per row; a file refused as a
 * whole is {@code 400} problem+json with every reason.
 */
@RestController
class SheetController {

    static final URI REFUSED = URI.create("urn:oneteam:problem:sheet-refused");

    private final SheetImport sheets;

    SheetController(SheetImport sheets) {
        this.sheets = sheets;
    }

    @PostMapping(path = "/api/proposals/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SheetResults importSheet(HttpServletRequest request, Principal caller) throws IOException, jakarta.servlet.ServletException {
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException | org.springframework.web.multipart.MultipartException overLimit) {
            // A chunked body (no Content-Length for BodyLimitFilter) past the multipart limits.
            throw new SheetRefused.TooLarge();
        }
        if (file == null) {
            throw new InvalidRequestPart();
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = sheets.importSheet(file.getSubmittedFileName(), in, LocaleContextHolder.getLocale(),
                    caller.getName());
            return SheetResults.of(report);
        }
    }

    @ExceptionHandler(SheetRefused.class)
    ResponseEntity<ProblemDetail> refused(SheetRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(REFUSED);
        List<String> reasons = refused.problems().stream()
                .map(p -> sheets.text(p, LocaleContextHolder.getLocale())).toList();
        problem.setTitle(reasons.get(0));
        problem.setProperty("errors", reasons);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(SheetRefused.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(SheetRefused refused) {
        ResponseEntity<ProblemDetail> problem = refused(refused);
        problem.getBody().setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header("Connection", "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
    }

    @ExceptionHandler(InvalidRequestPart.class)
    ResponseEntity<ProblemDetail> noFile() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(REFUSED);
        problem.setTitle("multipart part 'file' is missing");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The request has no part named {@code file}. */
    static final class InvalidRequestPart extends RuntimeException {
    }

    /** The report as JSON: per row {@code created} with id, {@code duplicate} with existingId, or {@code rejected}. */
    record SheetResults(String format, String encoding, List<String> skippedColumns, List<SheetResult> results) {

        static SheetResults of(ImportReport report) {
            return new SheetResults(report.format().name(), report.encoding(), report.skippedColumns(),
                    report.rows().stream().map(SheetResult::of).toList());
        }
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record SheetResult(int row, String status, Long id, Long existingId, String title, List<ImportReport.Reason> errors,
                       String message) {

        static SheetResult of(ImportReport.Row row) {
            return switch (row.status()) {
                case CREATED -> new SheetResult(row.row(), "created", row.proposalId(), null, row.title(), null, row.note());
                case DUPLICATE -> new SheetResult(row.row(), "duplicate", null, row.proposalId(), row.title(), null,
                        row.note());
                case REFUSED -> new SheetResult(row.row(), "rejected", null, null, row.title(), row.reasons(), null);
            };
        }
    }
}
