package kr.oneteam.app.api;

import kr.oneteam.app.intake.DuplicateProposalException;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.InvalidProposalException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;

/**
 * Every failure of the API as {@code application/problem+json}: 400 with an {@code errors} list of
 * {field, message}, 404, and 409 with the id of the proposal already stored under the externalRef.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    static final URI INVALID = URI.create("urn:oneteam:problem:invalid-proposal");
    static final URI DUPLICATE = URI.create("urn:oneteam:problem:duplicate-external-ref");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private final FieldMessages messages;

    ApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidProposalException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidProposalException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String cause = e.getMostSpecificCause().getMessage();
        String firstLine = cause == null ? "" : cause.lines().findFirst().orElse("");
        return invalid(List.of(FieldProblem.of("$", "intake.malformed", firstLine)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String allowed = type != null && type.isEnum()
                ? String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList())
                : String.valueOf(type == null ? "" : type.getSimpleName());
        return invalid(List.of(FieldProblem.of(e.getName(), "api.badParameter", allowed)));
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(INVALID);
        problem.setTitle(messages.text("problem.invalid.title"));
        problem.setDetail(messages.text("problem.invalid.detail", problems.size()));
        problem.setProperty("errors", messages.resolve(problems));
        return respond(problem);
    }

    @ExceptionHandler(DuplicateProposalException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateProposalException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(DUPLICATE);
        problem.setTitle(messages.text("problem.duplicate.title"));
        problem.setDetail(messages.text("intake.duplicateRef", e.existingId()));
        problem.setProperty("existingId", e.existingId());
        problem.setProperty("externalRef", e.externalRef());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .location(URI.create("/api/proposals/" + e.existingId()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setTitle(messages.text("problem.notFound.title"));
        problem.setDetail(e.getMessage());
        return respond(problem);
    }

    /** Anything unforeseen: logged with its stack, answered as a problem without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API request failed", e);
        return respond(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
