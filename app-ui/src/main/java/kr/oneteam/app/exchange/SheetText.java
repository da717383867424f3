package kr.oneteam.app.exchange;

/**
 * Formula injection (CSV injection) and line breaks. A spreadsheet program treats a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula; so every exported text that starts with one of
 * them — or with the apostrophe that escapes them — gets a leading apostrophe, and the import takes exactly
 * one such apostrophe off again, so that an export imported again gives the same text (decision record 110).
 */
final class SheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private SheetText() {
    }

    /** The text as an exported cell holds it: never the start of a formula. */
    static String escape(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text as the file's author meant it: one escaping apostrophe removed, Windows line breaks made {@code \n}. */
    static String unescape(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
