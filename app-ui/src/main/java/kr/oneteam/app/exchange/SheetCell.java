package kr.oneteam.app.exchange;

import java.time.LocalDateTime;

/**
 * One cell as the file held it: text, a number, a boolean or a date (XLSX only for the last three), or a
 * formula — whose value is never used: formulas are refused, not evaluated (decision record 110).
 */
record SheetCell(String text, Double number, Boolean bool, LocalDateTime date, boolean formula) {

    static final SheetCell BLANK = new SheetCell(null, null, null, null, false);

    static SheetCell text(String text) {
        return new SheetCell(text, null, null, null, false);
    }

    static SheetCell number(double number) {
        return new SheetCell(null, number, null, null, false);
    }

    static SheetCell bool(boolean bool) {
        return new SheetCell(null, null, bool, null, false);
    }

    static SheetCell date(LocalDateTime date) {
        return new SheetCell(null, null, null, date, false);
    }

    static SheetCell ofFormula() {
        return new SheetCell(null, null, null, null, true);
    }

    boolean blank() {
        return !formula && number == null && bool == null && date == null && (text == null || text.isBlank());
    }
}
