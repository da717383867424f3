package kr.oneteam.app.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row read against the column table: each header names a column by its Korean or English header
 * or its JSON path. The file is refused — with every reason at once — when a header names no column, names
 * one twice, or a required column is missing. Export-only columns are recognised and skipped.
 */
final class SheetHeader {

    private final List<SheetColumn> byIndex;
    private final List<String> headers;
    private final Map<String, String> headerOfPath = new HashMap<>();

    private SheetHeader(List<String> headers, List<SheetColumn> byIndex) {
        this.headers = headers;
        this.byIndex = byIndex;
        for (int i = 0; i < byIndex.size(); i++) {
            if (byIndex.get(i) != null) {
                headerOfPath.put(byIndex.get(i).path(), headers.get(i).strip());
            }
        }
    }

    static SheetHeader of(List<String> headers, Locale locale) {
        if (headers.stream().allMatch(h -> h == null || h.isBlank())) {
            throw new SheetRefused("sheets.noHeader");
        }
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetColumn> columns = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i);
            if (header.isBlank()) {
                columns.add(null);
                continue;
            }
            Optional<SheetColumn> column = SheetColumns.byHeader(header);
            if (column.isEmpty()) {
                unknown.add(header.strip());
                columns.add(null);
            } else if (!seen.add(column.get().path())) {
                problems.add(SheetProblem.of("sheets.duplicateColumn", header.strip(), Cells.columnName(i)));
                columns.add(null);
            } else {
                columns.add(column.get());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(SheetProblem.of("sheets.unknownColumns", String.join(", ", unknown)));
        }
        List<String> missing = SheetColumns.INPUT.stream().filter(SheetColumn::required)
                .filter(c -> !seen.contains(c.path())).map(c -> c.header(locale)).toList();
        if (!missing.isEmpty()) {
            problems.add(SheetProblem.of("sheets.missingColumns", String.join(", ", missing)));
        }
        if (!problems.isEmpty()) {
            throw new SheetRefused(problems);
        }
        return new SheetHeader(headers, columns);
    }

    int size() {
        return byIndex.size();
    }

    /** The column at {@code index}, or null for a blank header. */
    SheetColumn column(int index) {
        return index < byIndex.size() ? byIndex.get(index) : null;
    }

    /** The header as the file wrote it, or the column's own header when the file has no such column. */
    String headerOf(SheetColumn column, Locale locale) {
        return headerOfPath.getOrDefault(column.path(), column.header(locale));
    }

    /** The export-only columns the file has (skipped on import). */
    List<String> skipped() {
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < byIndex.size(); i++) {
            if (byIndex.get(i) != null && byIndex.get(i).kind() == ColumnKind.EXPORT_ONLY) {
                skipped.add(headers.get(i).strip());
            }
        }
        return skipped;
    }
}
