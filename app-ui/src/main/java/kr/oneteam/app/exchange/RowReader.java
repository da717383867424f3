package kr.oneteam.app.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.vocabulary.ConsortiumRole;
import kr.oneteam.domain.vocabulary.SizeClass;

/**
 * Turns one row into the INTAKE.md JSON object it stands for. Cells are converted by their column's kind;
 * a cell that does not convert is passed on as the text it held, so that the intake refuses it with its own
 * message for that field. What only a sheet can get wrong — a formula, a value under no header, a boolean or
 * date the sheet cannot read — is an {@link Issue} of the row, and such a row is never stored.
 */
final class RowReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("true", true), Map.entry("false", false), Map.entry("예", true), Map.entry("아니오", false),
            Map.entry("아니요", false), Map.entry("yes", true), Map.entry("no", false), Map.entry("y", true),
            Map.entry("n", false), Map.entry("1", true), Map.entry("0", false), Map.entry("o", true),
            Map.entry("x", false));
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy.MM.dd"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    /** A problem of one cell that only the sheet can have, with the column's header and the cell's name (E7). */
    record Issue(String column, String cell, SheetProblem problem) {
    }

    /** The row's JSON object and its sheet-only problems. */
    record Read(SheetRow row, ObjectNode json, List<Issue> issues) {

        boolean clean() {
            return issues.isEmpty();
        }
    }

    private final SheetHeader header;
    private final Locale locale;

    RowReader(SheetHeader header, Locale locale) {
        this.header = header;
        this.locale = locale;
    }

    Read read(SheetRow row) {
        ObjectNode json = JSON.objectNode();
        json.putObject("company");
        List<Issue> issues = new ArrayList<>();
        int width = Math.max(header.size(), row.cells().size());
        for (int i = 0; i < width; i++) {
            SheetCell cell = row.cell(i);
            SheetColumn column = header.column(i);
            String cellName = Cells.cellName(i, row.number());
            if (column == null) {
                if (!cell.blank()) {
                    issues.add(new Issue(Cells.columnName(i), cellName, SheetProblem.of("sheets.cellWithoutHeader")));
                }
                continue;
            }
            if (column.kind() == ColumnKind.EXPORT_ONLY || cell.blank()) {
                continue;
            }
            String headerText = header.headerOf(column, locale);
            if (cell.formula()) {
                issues.add(new Issue(headerText, cellName, SheetProblem.of("sheets.formula")));
                continue;
            }
            JsonNode value = value(column, cell, problem -> issues.add(new Issue(headerText, cellName, problem)));
            if (value != null) {
                put(json, column.path(), value);
            }
        }
        return new Read(row, json, List.copyOf(issues));
    }

    private static JsonNode value(SheetColumn column, SheetCell cell, java.util.function.Consumer<SheetProblem> issue) {
        return switch (column.kind()) {
            case TEXT -> JSON.textNode(text(cell));
            case INTEGER -> integer(cell);
            case DECIMAL -> decimal(cell);
            case BOOLEAN -> bool(cell, issue);
            case DATE_TIME -> dateTime(cell, issue);
            case ENUM -> vocabulary(column.vocabulary(), text(cell).strip());
            case ENUM_SET -> {
                ArrayNode values = JSON.arrayNode();
                items(text(cell)).forEach(item -> values.add(vocabulary(column.vocabulary(), item)));
                yield values;
            }
            case CODE_LIST -> {
                ArrayNode values = JSON.arrayNode();
                items(text(cell)).forEach(item -> values.add(item.toUpperCase(Locale.ROOT)));
                yield values;
            }
            case TEXT_LINES -> {
                ArrayNode values = JSON.arrayNode();
                lines(text(cell)).forEach(values::add);
                yield values;
            }
            case CONSORTIUM -> consortium(text(cell));
            case EXPORT_ONLY -> null;
        };
    }

    /** The cell as text: an apostrophe escape taken off, a number written without a needless ".0". */
    static String text(SheetCell cell) {
        if (cell.text() != null) {
            return SheetText.unescape(cell.text());
        }
        if (cell.number() != null) {
            return plain(cell.number());
        }
        if (cell.bool() != null) {
            return cell.bool() ? "TRUE" : "FALSE";
        }
        return cell.date() == null ? "" : cell.date().toString();
    }

    private static JsonNode integer(SheetCell cell) {
        if (cell.number() != null) {
            BigDecimal number = BigDecimal.valueOf(cell.number());
            return number.stripTrailingZeros().scale() <= 0 ? JSON.numberNode(number.longValueExact())
                    : JSON.numberNode(number);
        }
        String text = text(cell).strip().replace(",", "");
        try {
            return JSON.numberNode(Long.parseLong(text));
        } catch (NumberFormatException notALong) {
            return decimalOrText(text);
        }
    }

    private static JsonNode decimal(SheetCell cell) {
        if (cell.number() != null) {
            return JSON.numberNode(BigDecimal.valueOf(cell.number()).stripTrailingZeros());
        }
        return decimalOrText(text(cell).strip().replace(",", ""));
    }

    private static JsonNode decimalOrText(String text) {
        try {
            return JSON.numberNode(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return JSON.textNode(text);
        }
    }

    private static JsonNode bool(SheetCell cell, java.util.function.Consumer<SheetProblem> issue) {
        if (cell.bool() != null) {
            return JSON.booleanNode(cell.bool());
        }
        Boolean value = BOOLEANS.get(text(cell).strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            issue.accept(SheetProblem.of("sheets.boolean", text(cell).strip()));
            return null;
        }
        return JSON.booleanNode(value);
    }

    /** ISO-8601 with an offset as is; a spreadsheet date, or a date or time without an offset, in Asia/Seoul. */
    private static JsonNode dateTime(SheetCell cell, java.util.function.Consumer<SheetProblem> issue) {
        if (cell.date() != null) {
            return JSON.textNode(cell.date().atZone(Formats.SEOUL).toOffsetDateTime().toString());
        }
        String text = text(cell).strip();
        try {
            return JSON.textNode(OffsetDateTime.parse(text).toString());
        } catch (DateTimeParseException notWithOffset) {
            for (DateTimeFormatter format : LOCAL_TIMES) {
                try {
                    return JSON.textNode(LocalDateTime.parse(text, format).atZone(Formats.SEOUL).toOffsetDateTime().toString());
                } catch (DateTimeParseException tryNext) {
                    // next pattern
                }
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return JSON.textNode(LocalDate.parse(text, format).atStartOfDay(Formats.SEOUL).toOffsetDateTime().toString());
                } catch (DateTimeParseException tryNext) {
                    // next pattern
                }
            }
        }
        issue.accept(SheetProblem.of("sheets.dateTime", text));
        return null;
    }

    private static JsonNode vocabulary(Class<? extends Enum<?>> vocabulary, String text) {
        String code = Vocabularies.code(vocabulary, text);
        return JSON.textNode(code == null ? text : code);
    }

    /** Consortium members, one per line: {@code 이름; 규모; 역할} — the name may itself hold a semicolon. */
    private static JsonNode consortium(String text) {
        ArrayNode members = JSON.arrayNode();
        for (String line : lines(text)) {
            List<String> parts = new ArrayList<>(Arrays.asList(line.split(";", -1)));
            ObjectNode member = members.addObject();
            if (parts.size() >= 3) {
                member.set("role", vocabulary(ConsortiumRole.class, parts.remove(parts.size() - 1).strip()));
            }
            if (parts.size() >= 2) {
                member.set("sizeClass", vocabulary(SizeClass.class, parts.remove(parts.size() - 1).strip()));
            }
            member.put("name", String.join(";", parts).strip());
        }
        return members;
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static void put(ObjectNode json, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode target = json;
        for (int i = 0; i < parts.length - 1; i++) {
            target = target.has(parts[i]) ? (ObjectNode) target.get(parts[i]) : target.putObject(parts[i]);
        }
        target.set(parts[parts.length - 1], value);
    }
}
