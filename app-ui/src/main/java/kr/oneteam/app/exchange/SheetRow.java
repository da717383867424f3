package kr.oneteam.app.exchange;

import java.util.List;

/** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells, left to right. */
record SheetRow(int number, List<SheetCell> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    SheetCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
    }

    boolean blank() {
        return cells.stream().allMatch(SheetCell::blank);
    }
}
