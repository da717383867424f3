package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.proposal.ProposalJson;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
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
 * Reads one proposal of INTAKE.md: checks it against {@code proposal.schema.json} ({@link ProposalValidator}, every
 * error with its JSON path in one pass) and runs the few named checks a schema cannot say — the business-registration
 * check digit, programme codes against the catalogue, {@code receivedAt} against the clock, control characters and
 * lone surrogates. A valid item is normalised by the schema (defaults filled in, sets in vocabulary order) and bound
 * to {@code ProposalForm} by Jackson ({@link ProposalJson}): no field is read by hand here (decision 060).
 */
@Component
public class ProposalReader {

    /** INTAKE.md: "not before 2000-01-01" — the first day in Seoul, where the product's dates are. */
    private static final Instant EARLIEST_RECEIVED = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneId.of("Asia/Seoul")).toInstant();

    private final Clock clock;
    private final ProgrammeCodes programmeCodes;
    private final ProposalValidator validator;

    @Autowired
    public ProposalReader(Clock clock, ProgrammeCodes programmeCodes, ProposalValidator validator) {
        this.clock = clock;
        this.programmeCodes = programmeCodes;
        this.validator = validator;
    }

    /** With the shipped schema (tests, tools). */
    public ProposalReader(Clock clock, ProgrammeCodes programmeCodes) {
        this(clock, programmeCodes, ProposalValidator.standard());
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
        List<FieldProblem> problems = new ArrayList<>(validator.validate(proposal));
        if (anyUnfitCharacter(proposal)) {   // the walk that names paths only when there is something to name
            characters(proposal, "", problems);
        }
        numbers(validator.schema().fields(), proposal, "", problems);
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
        return new Reading(ProposalJson.bind(validator.schema().normalise(proposal)), List.of());
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
     * Bounds checked exactly: the validator compares huge numbers such as {@code 1e400} as doubles (infinite), and
     * one must never reach the binding, where it would wrap around to a small long.
     */
    private static void numbers(List<ProposalField> fields, JsonNode object, String prefix, List<FieldProblem> problems) {
        for (ProposalField field : fields) {
            JsonNode value = object.get(field.name());
            if (value == null) {
                continue;
            }
            String path = prefix + field.name();
            switch (field.kind()) {
                case BLOCK -> {
                    if (value.isObject()) {
                        numbers(field.children(), value, path + ".", problems);
                    }
                }
                case ITEMS -> {
                    for (int i = 0; value.isArray() && i < value.size(); i++) {
                        if (value.get(i).isObject()) {
                            numbers(field.children(), value.get(i), path + "[" + i + "].", problems);
                        }
                    }
                }
                case INTEGER, DECIMAL -> {
                    if (value.isNumber() && outside(value.decimalValue(), field)) {
                        problems.add(FieldProblem.of(path, "intake.range", plain(field.schema().get("minimum")),
                                plain(field.schema().get("maximum"))));
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean outside(BigDecimal value, ProposalField field) {
        JsonNode min = field.schema().get("minimum");
        JsonNode max = field.schema().get("maximum");
        return min != null && value.compareTo(min.decimalValue()) < 0 || max != null && value.compareTo(max.decimalValue()) > 0;
    }

    private static String plain(JsonNode number) {
        return number == null ? "" : number.decimalValue().toPlainString();
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
