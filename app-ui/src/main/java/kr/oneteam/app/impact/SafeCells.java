package kr.oneteam.app.impact;

/**
 * Text for a spreadsheet cell that a spreadsheet never runs: proposal titles and company names are written by
 * outsiders, and one starting with {@code = + - @} (or tab, carriage return) would be a formula in Excel or
 * LibreOffice when the file is opened (OWASP "CSV injection"). Such text gets a leading apostrophe.
 */
final class SafeCells {

    private SafeCells() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
