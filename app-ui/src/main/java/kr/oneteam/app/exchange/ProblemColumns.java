package kr.oneteam.app.exchange;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which column an intake problem's JSON path is about: {@code company.valueChain[1]} is the value-chain column,
 * {@code consortium[0].sizeClass} the consortium column, a whole block ({@code compute}) the block's columns.
 */
final class ProblemColumns {

    private final SheetHeader header;
    private final Locale locale;

    ProblemColumns(SheetHeader header, Locale locale) {
        this.header = header;
        this.locale = locale;
    }

    String of(String field) {
        String path = field == null ? "" : field.replaceAll("\\[\\d+]", "");
        for (String candidate = path; !candidate.isEmpty(); candidate = parent(candidate)) {
            var column = SheetColumns.byPath(candidate);
            if (column.isPresent()) {
                return header.headerOf(column.get(), locale);
            }
        }
        String block = path + ".";
        String inBlock = SheetColumns.INPUT.stream().filter(c -> c.path().startsWith(block))
                .map(c -> header.headerOf(c, locale)).collect(Collectors.joining(" · "));
        return inBlock.isEmpty() ? "—" : inBlock;
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
