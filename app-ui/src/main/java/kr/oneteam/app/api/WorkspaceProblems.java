package kr.oneteam.app.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.workspace.WorkspaceRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The drafts and requests API's answers as {@code application/problem+json}, in the caller's language (the
 * {@code workspace} bundle the screens use): 400 with {@code errors} by field, or with every file problem as
 * {@code file:line:column message}; 403 for one's own request; 404 for a draft, file, version or request that is
 * not there — or is another analyst's; 409 for a state that does not allow it; 413; 422 for a draft that fails
 * validation. Ahead of the API's general advice, for these two controllers only.
 */
@RestControllerAdvice(assignableTypes = {DraftController.class, PublicationRequestController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceProblems {

    static final URI INVALID = URI.create("urn:oneteam:problem:invalid-draft-request");
    static final URI FILES = URI.create("urn:oneteam:problem:draft-files-refused");
    static final URI REFUSED = URI.create("urn:oneteam:problem:workspace-refused");

    /** Which refusals name a field of the request, and which one. */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("workspace.refused.name", "name"), Map.entry("workspace.refused.nameTooLong", "name"),
            Map.entry("workspace.refused.file", "path"), Map.entry("workspace.refused.tooManyFiles", "path"),
            Map.entry("workspace.refused.noteRequired", "note"), Map.entry("workspace.refused.noteTooLong", "note"),
            Map.entry("workspace.refused.effectiveInPast", "effectiveAt"),
            Map.entry("workspace.refused.commentRequired", "comment"));

    private static final Map<String, HttpStatus> STATUS_OF = Map.ofEntries(
            Map.entry("workspace.refused.noDraft", HttpStatus.NOT_FOUND),
            Map.entry("workspace.refused.noVersion", HttpStatus.NOT_FOUND),
            Map.entry("workspace.refused.noFile", HttpStatus.NOT_FOUND),
            Map.entry("workspace.refused.noRequest", HttpStatus.NOT_FOUND),
            Map.entry("workspace.refused.ownRequest", HttpStatus.FORBIDDEN),
            Map.entry("workspace.refused.role", HttpStatus.FORBIDDEN),
            Map.entry("workspace.refused.notYours", HttpStatus.CONFLICT),
            Map.entry("workspace.refused.exists", HttpStatus.CONFLICT),
            Map.entry("workspace.refused.alreadyPending", HttpStatus.CONFLICT),
            Map.entry("workspace.refused.notPending", HttpStatus.CONFLICT),
            Map.entry("workspace.refused.sameAsActive", HttpStatus.CONFLICT),
            Map.entry("workspace.refused.rollbackToActive", HttpStatus.CONFLICT),
            Map.entry("workspace.refused.invalid", HttpStatus.UNPROCESSABLE_ENTITY));

    private final FieldMessages messages;

    WorkspaceProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WorkspaceRefused.class)
    ResponseEntity<ProblemDetail> refused(WorkspaceRefused e) {
        String text = messages.text(e.key(), e.args());
        String field = FIELD_OF.get(e.key());
        if (field != null) {
            return invalid(List.of(new FieldError(field, text)));
        }
        HttpStatus status = STATUS_OF.getOrDefault(e.key(), HttpStatus.BAD_REQUEST);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(REFUSED);
        problem.setTitle(status == HttpStatus.NOT_FOUND ? messages.text("problem.notFound.title")
                : status == HttpStatus.FORBIDDEN ? messages.text("problem.forbidden.title") : text);
        problem.setDetail(text);
        problem.setProperty("reason", e.key().substring(e.key().lastIndexOf('.') + 1));
        return respond(problem);
    }

    @ExceptionHandler(DraftApiRefused.Fields.class)
    ResponseEntity<ProblemDetail> fields(DraftApiRefused.Fields e) {
        return invalid(e.problems().stream().map(p -> new FieldError(p.field(), messages.text(p.key()))).toList());
    }

    @ExceptionHandler(DraftApiRefused.Field.class)
    ResponseEntity<ProblemDetail> field(DraftApiRefused.Field e) {
        return invalid(List.of(new FieldError(e.problem().field(), messages.text(e.problem().key()))));
    }

    @ExceptionHandler(DraftApiRefused.Files.class)
    ResponseEntity<ProblemDetail> files(DraftApiRefused.Files e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(FILES);
        problem.setTitle(messages.text("workspace.api.filesRefused"));
        problem.setDetail(e.problems().get(0).toString());
        problem.setProperty("problems", e.problems().stream().map(DraftJson.Problem::of).toList());
        return respond(problem);
    }

    @ExceptionHandler(DraftApiRefused.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(DraftApiRefused.TooLarge e) {
        ProblemDetail problem = ApiProblems.tooLargeProblem(messages, e.limit());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header("Connection", "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(INVALID);
        problem.setTitle(messages.text("problem.invalid.title"));
        problem.setDetail(messages.text("problem.invalid.detail", errors.size()));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
