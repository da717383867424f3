package kr.oneteam.app.api;

import jakarta.servlet.http.HttpServletRequest;
import kr.oneteam.app.intake.BatchOutcome;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.proposal.PageView;
import kr.oneteam.app.proposal.ProposalDocument;
import kr.oneteam.app.queue.ProposalQueries;
import kr.oneteam.app.proposal.ProposalSummary;
import kr.oneteam.app.routing.ProposalRouting.Stored;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.InvalidProposalException;
import kr.oneteam.domain.programme.ProgrammeCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.net.URI;
import java.security.Principal;

/**
 * INTAKE.md's proposal endpoints: submit one, submit a batch, read one, list a page. Bodies are read by the
 * intake itself ({@code StrictJson}, within the body limits), not bound by Spring, so that what is well-formed
 * is decided in one place and a large body is never read into memory whole.
 */
@RestController
@RequestMapping(path = "/api/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
class ProposalController {

    private final IntakeService intake;
    private final ProposalQueries queries;
    private final FieldMessages messages;

    ProposalController(IntakeService intake, ProposalQueries queries, FieldMessages messages) {
        this.intake = intake;
        this.queries = queries;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProposalDocument> submit(HttpServletRequest request, Principal caller) throws IOException {
        Stored stored = intake.submit(request.getInputStream(), caller.getName());
        // A relative Location: built from nothing the client sent (no Host header reflected).
        return ResponseEntity.created(URI.create("/api/proposals/" + stored.id())).body(get(stored.id()));
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    BatchResults submitBatch(HttpServletRequest request, Principal caller) throws IOException {
        return new BatchResults(intake.submitBatch(request.getInputStream(), caller.getName()).stream()
                .map(this::result).toList());
    }

    private BatchResult result(BatchOutcome outcome) {
        return switch (outcome.status()) {
            case CREATED -> BatchResult.created(outcome.index(), outcome.id(), outcome.routingFailure());
            case DUPLICATE -> BatchResult.duplicate(outcome.index(), outcome.existingId(),
                    messages.text("intake.duplicateRef", outcome.existingId()));
            case REJECTED -> BatchResult.rejected(outcome.index(), messages.resolve(outcome.problems()));
        };
    }

    @GetMapping("/{id}")
    ProposalDocument get(@PathVariable long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("proposal " + id));
    }

    @GetMapping
    PageView<ProposalSummary> list(@RequestParam(required = false) ProposalStatus status,
                                   @RequestParam(required = false) String programme,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(FieldProblem.of("page", "api.page.number"));
        }
        if (size < 1 || size > ProposalQueries.PAGE_MAX) {
            problems.add(FieldProblem.of("size", "api.page.size", ProposalQueries.PAGE_MAX));
        }
        if (programme != null && !programme.isBlank() && !ProgrammeCode.isValid(programme)) {
            problems.add(FieldProblem.of("programme", "intake.programmeFormat"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems);
        }
        return queries.page(status, programme == null || programme.isBlank() ? null : programme.trim(), page, size);
    }
}
