package kr.oneteam.app.exchange;

import java.util.List;

/**
 * The whole file is refused before any row is taken — it is too large, no spreadsheet, in an encoding we
 * cannot read, or its columns are wrong — with every reason found. Nothing is stored.
 */
public class SheetRefused extends RuntimeException {

    private final transient List<SheetProblem> problems;

    SheetRefused(List<SheetProblem> problems) {
        super(problems.stream().map(SheetProblem::code).toList().toString());
        this.problems = List.copyOf(problems);
    }

    SheetRefused(String code, Object... args) {
        this(List.of(SheetProblem.of(code, args)));
    }

    public List<SheetProblem> problems() {
        return problems;
    }

    /** The upload is over {@link SheetUpload#MAX_BYTES}: an API answers 413 rather than 400. */
    public static class TooLarge extends SheetRefused {

        public TooLarge() {
            super("sheets.tooLarge", SheetUpload.MAX_BYTES / (1024 * 1024));
        }
    }

    /** An export's filter holds more proposals than one export may (h-insight2: the API answers 422, not 400). */
    public static class TooManyRows extends SheetRefused {

        TooManyRows(long total, int max) {
            super("sheets.export.tooMany", total, max);
        }
    }
}
