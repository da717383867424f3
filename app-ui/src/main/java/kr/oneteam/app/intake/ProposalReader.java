package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.proposal.ProposalBinder;
import kr.oneteam.app.proposal.ProposalForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one proposal of INTAKE.md: checks it against {@code proposal.schema.json} ({@link CompiledSchema}, every
 * error with its JSON path in one pass) and runs the few named checks a schema cannot say — the business-registration
 * check digit, programme codes against the catalogue, {@code receivedAt} against the clock, control characters and
 * lone surrogates. A valid item costs two walks over its tree and no copy of it: the schema checks (which also look
 * at each string's characters) and the binding straight to {@code ProposalForm} with the schema's defaults and set
 * order ({@link ProposalBinder}); the named checks then look at the bound values. No field is read by hand here
 * (decision 060). Only an item with a problem is walked again, to name every problem with its path.
 */
@Component
public class ProposalReader {

    /** INTAKE.md: "not before 2000-01-01" — the first day in Seoul, where the product's dates are. */
    private static final Instant EARLIEST_RECEIVED = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneId.of("Asia/Seoul")).toInstant();

    private final Clock clock;
    private final ProgrammeCodes programmeCodes;
    private final SchemaCheck check;
    private final ProposalBinder binder;

    @Autowired
    public ProposalReader(Clock clock, ProgrammeCodes programmeCodes, SchemaCheck check, ProposalBinder binder) {
        this.clock = clock;
        this.programmeCodes = programmeCodes;
        this.check = check;
        this.binder = binder;
    }

    /** With {@code check} (e.g. the maintained validator, in the test that compares it with the compiled one). */
    public ProposalReader(Clock clock, ProgrammeCodes programmeCodes, SchemaCheck check) {
        this(clock, programmeCodes, check, ProposalBinder.standard());
    }

    /** With the shipped schema (tests, tools). */
    public ProposalReader(Clock clock, ProgrammeCodes programmeCodes) {
        this(clock, programmeCodes, CompiledSchema.standard());
    }

    public Reading read(JsonNode json) {
        return read(json, programmeCodes.known());
    }

    /** Reads with a catalogue fetched once by the caller, so a batch does not ask the database per item. */
    public Reading read(JsonNode json, Set<String> knownProgrammes) {
        if (json == null || !json.isObject()) {
            return new Reading(null, List.of(FieldProblem.of("$", "intake.type.object")));
        }
        SchemaCheck.Checked checked = check.check(json);
        if (checked.problems().isEmpty() && !checked.unfitText()) {
            ProposalForm form = boundIfNamedChecksHold(json, knownProgrammes);
            if (form != null) {
                return new Reading(form, List.of());
            }
        }
        return new Reading(null, problems(json, checked, knownProgrammes));
    }

    /**
     * The valid path, which is nearly every item: the tree the schema passed is bound once, and the named checks
     * look at the bound values ({@code receivedAt} is parsed once, by the binder). Null when a named check fails
     * or the date does not parse: then {@link #problems} names what is wrong, from the tree.
     */
    private ProposalForm boundIfNamedChecksHold(JsonNode json, Set<String> knownProgrammes) {
        ProposalForm form;
        try {
            form = binder.bind(json);
        } catch (DateTimeParseException notIsoWithOffset) {
            return null;
        }
        Instant received = form.receivedAt() == null ? null : form.receivedAt().toInstant();
        if (received != null && received.isAfter(clock.instant().plus(Duration.ofDays(1))) || received != null && received.isBefore(EARLIEST_RECEIVED)) {
            return null;
        }
        String bizRegNo = form.company().bizRegNo();
        if (bizRegNo != null && !BizRegNoCheck.holds(bizRegNo)) {
            return null;
        }
        if (!knownProgrammes.containsAll(form.company().currentAwards())) {
            return null;
        }
        return form;
    }

    /** Every problem of an item that is not valid, one per field, from the tree. */
    private List<FieldProblem> problems(JsonNode proposal, SchemaCheck.Checked checked, Set<String> knownProgrammes) {
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        if (checked.unfitText() || !checked.problems().isEmpty() && TextCharacters.anyUnfit(proposal)) {
            TextCharacters.report(proposal, "", problems);   // the walk that names paths, only when there is something to name
        }
        receivedAt(proposal.get("receivedAt"), problems);
        JsonNode company = proposal.path("company");
        JsonNode bizRegNo = company.get("bizRegNo");
        if (bizRegNo != null && bizRegNo.isTextual() && !BizRegNoCheck.holds(bizRegNo.textValue())) {
            problems.add(FieldProblem.of("company.bizRegNo", "intake.bizRegNo"));
        }
        JsonNode awards = company.get("currentAwards");
        if (awards != null && awards.isArray()) {
            for (int i = 0; i < awards.size(); i++) {
                JsonNode award = awards.get(i);
                if (award.isTextual() && !knownProgrammes.contains(award.textValue())) {
                    problems.add(FieldProblem.of("company.currentAwards[" + i + "]", "intake.programme",
                            String.join(", ", new TreeSet<>(knownProgrammes))));
                }
            }
        }
        if (problems.isEmpty()) {
            throw new IllegalStateException("an item that did not bind has no problem: " + proposal);
        }
        return onePerField(problems);
    }

    private void receivedAt(JsonNode value, List<FieldProblem> problems) {
        if (value == null || !value.isTextual()) {
            return;   // missing or of the wrong type: the schema said so
        }
        try {
            Instant received = OffsetDateTime.parse(value.textValue()).toInstant();
            if (received.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
                problems.add(FieldProblem.of("receivedAt", "intake.future"));
            } else if (received.isBefore(EARLIEST_RECEIVED)) {
                problems.add(FieldProblem.of("receivedAt", "intake.tooEarly"));
            }
        } catch (DateTimeParseException notIsoWithOffset) {
            problems.add(FieldProblem.of("receivedAt", "intake.dateTime"));
        }
    }

    /**
     * One message per field: a character problem first (the schema's length of a string with a lone surrogate
     * would only confuse), then the schema's, then the named checks.
     */
    private static List<FieldProblem> onePerField(List<FieldProblem> problems) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.stream().filter(p -> p.code().equals(TextCharacters.LONE_SURROGATE) || p.code().equals(TextCharacters.CONTROL))
                .forEach(p -> byField.putIfAbsent(p.field(), p));
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        return List.copyOf(byField.values());
    }
}
