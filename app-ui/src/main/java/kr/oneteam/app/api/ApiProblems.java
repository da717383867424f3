package kr.oneteam.app.api;

import jakarta.servlet.http.HttpServletRequest;
import kr.oneteam.app.intake.BodyTooLargeException;
import kr.oneteam.app.intake.DuplicateProposalException;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.IntakeBusyException;
import kr.oneteam.app.intake.InvalidProposalException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;

/**
 * Every failure of the API as {@code application/problem+json} (RFC 9457), in the caller's language: 400 with
 * an {@code errors} list of {field, message}, 404, 405, 406, 409 with the id already stored under the
 * externalRef, 413, 415, 503 — and for anything unforeseen a 500 that says nothing of the internals (no input
 * is meant to reach it). Not limited to the API's controllers, because 404, 405, 406 and 415 are decided before
 * any controller is chosen.
 */
@RestControllerAdvice
class ApiProblems {

    static final URI INVALID = URI.create("urn:oneteam:problem:invalid-proposal");
    static final URI DUPLICATE = URI.create("urn:oneteam:problem:duplicate-external-ref");
    static final URI TOO_LARGE = URI.create("urn:oneteam:problem:body-too-large");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private final FieldMessages messages;

    ApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidProposalException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidProposalException e) {
        return invalid(e.problems());
    }

    /** Spring could not read a parameter body (the intake reads its own bodies): said without Java names. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return invalid(List.of(FieldProblem.of("$", "intake.emptyBody")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String allowed = type != null && type.isEnum()
                ? String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList())
                : String.valueOf(type == null ? "" : type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        return invalid(List.of(FieldProblem.of(e.getName(), "api.badParameter", allowed)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return invalid(List.of(FieldProblem.of(e.getParameterName(), "intake.required")));
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

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return respond(tooLargeProblem(messages, e.limit()));
    }

    static ProblemDetail tooLargeProblem(FieldMessages messages, long limit) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        problem.setType(TOO_LARGE);
        problem.setTitle(messages.text("problem.tooLarge.title"));
        problem.setDetail(messages.text("problem.tooLarge.detail", limit));
        problem.setProperty("limit", limit);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return status(HttpStatus.NOT_FOUND, "problem.notFound.title");
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> noSuchPath(Exception e) {
        return status(HttpStatus.NOT_FOUND, "problem.notFound.title");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        ResponseEntity<ProblemDetail> answer = status(HttpStatus.METHOD_NOT_ALLOWED, "problem.methodNotAllowed.title");
        return e.getSupportedHttpMethods() == null ? answer
                : ResponseEntity.status(answer.getStatusCode()).allow(e.getSupportedHttpMethods().toArray(
                        org.springframework.http.HttpMethod[]::new)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        ResponseEntity<ProblemDetail> answer = status(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "problem.unsupportedMediaType.title");
        answer.getBody().setDetail(messages.text("problem.unsupportedMediaType.detail"));
        return answer;
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return status(HttpStatus.NOT_ACCEPTABLE, "problem.notAcceptable.title");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(org.springframework.security.access.AccessDeniedException e) {
        return status(HttpStatus.FORBIDDEN, "problem.forbidden.title");
    }

    /** A stored ruleset version asked for a preview that no longer compiles: its problems, as the gate says them. */
    @ExceptionHandler(kr.oneteam.app.routing.StoredRulesets.UnusableRuleset.class)
    ResponseEntity<ProblemDetail> unusable(kr.oneteam.app.routing.StoredRulesets.UnusableRuleset e) {
        ResponseEntity<ProblemDetail> answer = status(HttpStatus.CONFLICT, "problem.rulesetUnusable.title");
        answer.getBody().setProperty("problems", e.problems());
        return answer;
    }

    @ExceptionHandler(IntakeBusyException.class)
    ResponseEntity<ProblemDetail> busy(IntakeBusyException e) {
        return unavailable();
    }

    /** The database failed in a way no input explains (down, timed out): try again, nothing was stored. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e, HttpServletRequest request) {
        log.error("Database failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return unavailable();
    }

    private ResponseEntity<ProblemDetail> unavailable() {
        ResponseEntity<ProblemDetail> answer = status(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable.title");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    /** Anything unforeseen: logged with its stack, answered as a problem without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal.title");
    }

    private ResponseEntity<ProblemDetail> status(HttpStatus status, String titleCode) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.text(titleCode));
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
