package kr.oneteam.app.api;

import kr.oneteam.app.programme.ProgrammeProblem;
import kr.oneteam.app.programme.ProgrammeRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/**
 * The catalogue's answers as {@code application/problem+json}: 400 with {@code errors} by field (messages of
 * the {@code catalogue} bundle in the caller's language), 404 for an unknown code, 409 for a code that exists
 * or a programme changed meanwhile. Ahead of the API's general advice, for the programme controller only.
 */
@RestControllerAdvice(assignableTypes = ProgrammeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeProblems {

    static final URI INVALID = URI.create("urn:oneteam:problem:invalid-programme");
    static final URI DUPLICATE = URI.create("urn:oneteam:problem:duplicate-programme");
    static final URI CHANGED = URI.create("urn:oneteam:problem:programme-changed");

    private final FieldMessages messages;

    ProgrammeProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProgrammeController.InvalidProgrammeBody.class)
    ResponseEntity<ProblemDetail> invalidBody(ProgrammeController.InvalidProgrammeBody e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(ProgrammeRefused.class)
    ResponseEntity<ProblemDetail> refused(ProgrammeRefused e) {
        return switch (e.why()) {
            case INVALID -> invalid(e.problems());
            case DUPLICATE -> {
                ProblemDetail problem = problem(HttpStatus.CONFLICT, DUPLICATE, "catalogue.problem.duplicate");
                problem.setDetail(messages.text("catalogue.code.exists", e.code()));
                problem.setProperty("code", e.code());
                yield respond(problem);
            }
            case UNKNOWN -> {
                ProblemDetail problem = problem(HttpStatus.NOT_FOUND, null, "problem.notFound.title");
                problem.setDetail(messages.text("catalogue.code.unknown", e.code()));
                yield respond(problem);
            }
            case CHANGED_MEANWHILE -> {
                ProblemDetail problem = problem(HttpStatus.CONFLICT, CHANGED, "catalogue.problem.changed");
                problem.setProperty("code", e.code());
                yield respond(problem);
            }
        };
    }

    private ResponseEntity<ProblemDetail> invalid(List<ProgrammeProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID, "catalogue.problem.invalid");
        problem.setDetail(messages.text("problem.invalid.detail", problems.size()));
        problem.setProperty("errors", problems.stream()
                .map(p -> new FieldError(p.field(), messages.text(p.key(), p.argArray()))).toList());
        return respond(problem);
    }

    private ProblemDetail problem(HttpStatus status, URI type, String titleKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (type != null) {
            problem.setType(type);
        }
        problem.setTitle(messages.text(titleKey));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
