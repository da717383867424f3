package kr.oneteam.app.exchange;

import java.util.List;

/** What a file held: its header row, its data rows, and how it was read (format and text encoding). */
record SheetTable(SheetFormat format, String encoding, List<String> headers, List<SheetRow> rows) {
}
