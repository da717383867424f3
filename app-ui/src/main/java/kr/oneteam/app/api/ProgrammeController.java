package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeCatalogue;
import kr.oneteam.app.programme.ProgrammeDraft;
import kr.oneteam.app.programme.ProgrammeProblem;
import kr.oneteam.app.programme.ProgrammeService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The programme catalogue: read it (every role), add and describe programmes (ANALYST, ADMIN). A body is
 * read strictly, like the intake's: unknown fields, wrong types and invalid values are all listed, by field,
 * in one problem+json answer, and nothing is stored.
 */
@RestController
@RequestMapping(path = "/api/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
class ProgrammeController {

    private static final Set<String> FIELDS = Set.of("code", "nameKo", "nameEn", "agency", "gives", "capacityUnit",
            "capacity");

    private final ProgrammeCatalogue catalogue;
    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeCatalogue catalogue, ProgrammeService programmes) {
        this.catalogue = catalogue;
        this.programmes = programmes;
    }

    @GetMapping
    List<ProgrammeCatalogue.ProgrammeView> all() {
        return catalogue.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgrammeCatalogue.ProgrammeView> create(@RequestBody JsonNode body) {
        ProgrammeCapacity created = programmes.create(read(body));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
                .buildAndExpand(created.code()).toUri()).body(catalogue.one(created.code()));
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeCatalogue.ProgrammeView update(@PathVariable String code, @RequestBody JsonNode body) {
        programmes.update(code, read(body));
        return catalogue.one(code);
    }

    /** The draft, or every problem of the body's shape (checked before the values are). */
    private static ProgrammeDraft read(JsonNode body) {
        List<ProgrammeProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidProgrammeBody(List.of(ProgrammeProblem.of("$", "catalogue.body.object")));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(ProgrammeProblem.of(name, "catalogue.unknownField"));
            }
        }
        ProgrammeDraft draft = new ProgrammeDraft(text(body, "code", problems), text(body, "nameKo", problems),
                text(body, "nameEn", problems), text(body, "agency", problems), text(body, "gives", problems),
                text(body, "capacityUnit", problems), whole(body, "capacity", problems));
        if (!problems.isEmpty()) {
            throw new InvalidProgrammeBody(problems);
        }
        return draft;
    }

    private static String text(JsonNode body, String field, List<ProgrammeProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(ProgrammeProblem.of(field, "catalogue.type.string"));
            return null;
        }
        return value.textValue();
    }

    private static Long whole(JsonNode body, String field, List<ProgrammeProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(ProgrammeProblem.of(field, "catalogue.type.integer"));
            return null;
        }
        return value.longValue();
    }

    /** The body is not a programme at all (wrong shape), before any value is checked. */
    static final class InvalidProgrammeBody extends RuntimeException {
        private final transient List<ProgrammeProblem> problems;

        InvalidProgrammeBody(List<ProgrammeProblem> problems) {
            super(problems.toString(), null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<ProgrammeProblem> problems() {
            return problems;
        }
    }
}
