package kr.oneteam.app.exchange;

/** Spreadsheet coordinates as people read them: column letters (A, B, …, AA) and cell names (B7). */
final class Cells {

    private Cells() {
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    static String cellName(int column, int row) {
        return columnName(column) + row;
    }
}
