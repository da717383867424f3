package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.proposal.ProposalBinder;
import kr.oneteam.domain.proposal.ProposalSchema;
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
 * lone surrogates. A valid item is bound straight from its tree to {@code ProposalForm} with the schema's defaults
 * and set order ({@link ProposalBinder}): no field is read by hand here (decision 060), and no second tree is built.
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
        JsonNode proposal = ProposalSchema.withoutNulls(json);
        List<FieldProblem> found = check.validate(proposal);
        List<FieldProblem> problems = found.isEmpty() ? new ArrayList<>(2) : new ArrayList<>(found);
        if (anyUnfitCharacter(proposal)) {   // the walk that names paths only when there is something to name
            characters(proposal, "", problems);
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
        if (!problems.isEmpty()) {
            return new Reading(null, onePerField(problems));
        }
        return new Reading(binder.bind(proposal), List.of());
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

    private static boolean anyUnfitCharacter(JsonNode node) {
        if (node.isTextual()) {
            return unfitCharacter(node.textValue()) != null;
        }
        if (node.isContainerNode()) {
            if (node.isObject()) {
                for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    if (unfitCharacter(names.next()) != null) {
                        return true;
                    }
                }
            }
            for (JsonNode child : node) {
                if (anyUnfitCharacter(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** INTAKE.md: no control characters but tab and newline, no lone surrogates, in any string. */
    private static void characters(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isTextual()) {
            String unfit = unfitCharacter(node.textValue());
            if (unfit != null) {
                problems.add(FieldProblem.of(path.isEmpty() ? "$" : path, unfit));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> characters(e.getValue(),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                characters(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    /** The message code of the first character INTAKE.md refuses in {@code text}, or null. */
    static String unfitCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "intake.loneSurrogate";
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n') {
                return "intake.controlCharacter";
            }
        }
        return null;
    }

    /**
     * One message per field: a character problem first (the schema's length of a string with a lone surrogate
     * would only confuse), then the schema's, then the named checks.
     */
    private static List<FieldProblem> onePerField(List<FieldProblem> problems) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.stream().filter(p -> p.code().equals("intake.loneSurrogate") || p.code().equals("intake.controlCharacter"))
                .forEach(p -> byField.putIfAbsent(p.field(), p));
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        return List.copyOf(byField.values());
    }
}
