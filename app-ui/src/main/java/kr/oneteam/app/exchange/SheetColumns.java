package kr.oneteam.app.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;

import static kr.oneteam.app.exchange.ColumnKind.EXPORT_ONLY;

/**
 * The proposal sheet's columns, in template order: one per field of the proposal schema (decision records 060 and
 * 110), then the columns only an export writes. The input columns are read off the schema — its order, its types,
 * its vocabularies, what it requires — and each field's headers are the schema's {@code x-sheet} annotation
 * ({@code ["기업명", "Company name"]}): a field added to the schema is a column of the template, of the import and of
 * the export with nothing written here. Headers are the file format (files in users' hands carry them), so they are
 * written once in the schema rather than taken from the UI's labels, which may change.
 */
public final class SheetColumns {

    /** The columns a proposal is read from, in the template's order. */
    public static final List<SheetColumn> INPUT = fromSchema(ProposalSchema.standard());

    /** What an export adds after the input columns; an import recognises and skips them. */
    public static final List<SheetColumn> EXPORT = List.of(
            exportOnly("id", "제안 ID", "Proposal id"),
            exportOnly("status", "상태", "Status"),
            exportOnly("ruleset", "규칙 버전", "Ruleset"),
            exportOnly("routingFailure", "미분류 사유", "Routing failure"),
            exportOnly("recommendations", "추천 사업", "Recommendations"),
            exportOnly("decisions", "담당관 결정", "Decisions"));

    private static final Map<String, SheetColumn> BY_PATH = java.util.stream.Stream.concat(INPUT.stream(), EXPORT.stream())
            .collect(Collectors.toMap(SheetColumn::path, Function.identity()));

    private SheetColumns() {
    }

    /** Every column, input then export-only. */
    public static List<SheetColumn> all() {
        return java.util.stream.Stream.concat(INPUT.stream(), EXPORT.stream()).toList();
    }

    /** The column a header names: its Korean or English header or its JSON path, ignoring case and spaces. */
    static Optional<SheetColumn> byHeader(String header) {
        String wanted = normalise(header);
        return all().stream().filter(c -> normalise(c.korean()).equals(wanted) || normalise(c.english()).equals(wanted)
                || normalise(c.path()).equals(wanted)).findFirst();
    }

    static Optional<SheetColumn> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u00a0\\ufeff]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One column per field that holds a value, walking the schema's blocks in order; a list of objects
     * ({@code consortium}) is one column of its own form. A column is required when the field and every block
     * around it are (company.name: yes; compute.quantity: only when COMPUTE is asked for, which the intake checks).
     */
    public static List<SheetColumn> fromSchema(ProposalSchema schema) {
        List<SheetColumn> columns = new ArrayList<>();
        addColumns(schema.fields(), true, columns);
        return List.copyOf(columns);
    }

    private static void addColumns(List<ProposalField> fields, boolean blockRequired, List<SheetColumn> columns) {
        for (ProposalField field : fields) {
            boolean required = blockRequired && field.required();
            if (field.kind() == ProposalField.Kind.BLOCK) {
                addColumns(field.children(), required, columns);
                continue;
            }
            JsonNode headers = field.schema().path("x-sheet");
            if (headers.size() != 2) {
                throw new IllegalStateException("the proposal schema's field " + field.path()
                        + " has no x-sheet annotation [Korean header, English header]: a spreadsheet needs one");
            }
            columns.add(new SheetColumn(field.path(), kindOf(field), field.vocabulary(), headers.get(0).asText(),
                    headers.get(1).asText(), required));
        }
    }

    /** How the field's cells read: a list of free texts (items with a length limit) one per line, codes separated. */
    private static ColumnKind kindOf(ProposalField field) {
        return switch (field.kind()) {
            case TEXT, LONG_TEXT -> ColumnKind.TEXT;
            case DATE_TIME -> ColumnKind.DATE_TIME;
            case FLAG -> ColumnKind.BOOLEAN;
            case INTEGER -> ColumnKind.INTEGER;
            case DECIMAL -> ColumnKind.DECIMAL;
            case CHOICE -> ColumnKind.ENUM;
            case CHOICES, LIST -> field.vocabulary() != null ? ColumnKind.ENUM_SET
                    : field.schema().path("items").has("maxLength") ? ColumnKind.TEXT_LINES : ColumnKind.CODE_LIST;
            case ITEMS -> ColumnKind.CONSORTIUM;
            case BLOCK -> throw new IllegalArgumentException("a block is not a column: " + field.path());
        };
    }

    private static SheetColumn exportOnly(String path, String korean, String english) {
        return new SheetColumn(path, EXPORT_ONLY, null, korean, english, false);
    }
}
