package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.proposal.PageView;
import kr.oneteam.app.proposal.ProposalQueries;
import kr.oneteam.app.proposal.ProposalSummary;
import kr.oneteam.app.proposal.ProposalDocument;
import kr.oneteam.app.intake.InvalidProposalException;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/** INTAKE.md's proposal endpoints: submit one, submit a batch, read one, list a page. */
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
    ResponseEntity<ProposalDocument> submit(@RequestBody JsonNode proposal) {
        long id = intake.submit(proposal);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).toUri()).body(get(id));
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    BatchResults submitBatch(@RequestBody JsonNode proposals) {
        return new BatchResults(intake.submitBatch(proposals).stream().map(outcome -> outcome.created()
                ? BatchResult.created(outcome.index(), outcome.id())
                : BatchResult.rejected(outcome.index(), messages.resolve(outcome.problems()),
                existingId(outcome.problems()))).toList());
    }

    private static Long existingId(List<FieldProblem> problems) {
        return problems.stream().filter(p -> p.code().equals("intake.duplicateRef"))
                .map(p -> ((Number) p.args().get(0)).longValue()).findFirst().orElse(null);
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
        if (!problems.isEmpty()) {
            throw new InvalidProposalException(problems);
        }
        return queries.page(status, programme, page, size);
    }
}
