package kr.oneteam.app.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * One stored proposal (its {@code GET /api/proposals/{id}} document) as a row of the sheet: the input columns
 * exactly as an import reads them back — codes, not labels, so that a file travels between languages — then
 * the export-only columns, written for people in the user's language.
 */
final class ExportRow {

    private ExportRow() {
    }

    static List<Object> cells(JsonNode doc, Locale locale) {
        List<Object> cells = new ArrayList<>();
        for (SheetColumn column : SheetColumns.INPUT) {
            cells.add(input(column, at(doc, column.path())));
        }
        cells.add(doc.path("id").asLong());
        cells.add(label(ProposalStatus.class, doc.path("status").asText(), locale));
        JsonNode ruleset = doc.path("ruleset");
        cells.add(ruleset.isObject() ? "v" + ruleset.path("id").asText() + " " + ruleset.path("hash").asText() : null);
        cells.add(doc.path("routingFailure").isTextual() ? doc.path("routingFailure").asText() : null);
        cells.add(lines(doc.path("recommendations"), r -> recommendation(r, locale)));
        cells.add(lines(doc.path("recommendations"), r -> decision(r, locale)));
        return cells;
    }

    static List<Object> headers(Locale locale) {
        return SheetColumns.all().stream().map(c -> (Object) c.header(locale)).toList();
    }

    private static Object input(SheetColumn column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return switch (column.kind()) {
            case INTEGER -> value.isIntegralNumber() ? (Object) value.asLong() : value.asText();
            case DECIMAL -> value.isNumber() ? value.decimalValue() : value.asText();
            case BOOLEAN -> value.asBoolean();
            case DATE_TIME -> OffsetDateTime.parse(value.asText()).atZoneSameInstant(Formats.SEOUL).toOffsetDateTime()
                    .toString();
            case ENUM_SET, CODE_LIST -> joined(value, JsonNode::asText, "; ");
            case TEXT_LINES -> joined(value, JsonNode::asText, "\n");
            case CONSORTIUM -> joined(value, m -> m.path("name").asText() + "; " + m.path("sizeClass").asText()
                    + "; " + m.path("role").asText(), "\n");
            default -> value.asText();
        };
    }

    private static String recommendation(JsonNode r, Locale locale) {
        StringBuilder line = new StringBuilder(r.path("programme").asText()).append(' ')
                .append(label(Eligibility.class, r.path("eligibility").asText(), locale)).append(' ')
                .append(r.path("score").asInt());
        JsonNode allocation = r.path("allocation");
        if (allocation.isObject() && !allocation.isEmpty()) {
            line.append(" (").append(StreamSupport.stream(
                    java.util.Spliterators.spliteratorUnknownSize(allocation.fields(), 0), false)
                    .map(e -> e.getKey() + "=" + e.getValue().asText()).collect(Collectors.joining(", "))).append(')');
        }
        return line.toString();
    }

    private static String decision(JsonNode r, Locale locale) {
        JsonNode d = r.path("decision");
        if (!d.isObject()) {
            return null;
        }
        String at = d.path("at").isTextual() ? Formats.dateTime(OffsetDateTime.parse(d.path("at").asText())) : "";
        String comment = d.path("comment").isTextual() && !d.path("comment").asText().isBlank()
                ? " — " + d.path("comment").asText() : "";
        return r.path("programme").asText() + " " + label(DecisionOutcome.class, d.path("outcome").asText(), locale)
                + " (" + d.path("by").asText() + ", " + at + ")" + comment;
    }

    private static String lines(JsonNode array, Function<JsonNode, String> line) {
        String text = StreamSupport.stream(array.spliterator(), false).map(line).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    private static String joined(JsonNode array, Function<JsonNode, String> item, String separator) {
        String text = StreamSupport.stream(array.spliterator(), false).map(item).collect(Collectors.joining(separator));
        return text.isEmpty() ? null : text;
    }

    private static <E extends Enum<E> & kr.oneteam.domain.vocabulary.Labelled> String label(Class<E> type, String code,
                                                                                         Locale locale) {
        try {
            return Enum.valueOf(type, code).label(locale);
        } catch (IllegalArgumentException notOurs) {
            return code;
        }
    }

    private static JsonNode at(JsonNode doc, String path) {
        JsonNode node = doc;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
