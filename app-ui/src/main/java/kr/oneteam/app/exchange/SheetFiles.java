package kr.oneteam.app.exchange;

/**
 * Decides by the file's first bytes — not by its name — what it is: XLSX (a zip), the old binary Excel
 * format or another binary file (refused with what to do instead), or text read as CSV.
 */
final class SheetFiles {

    private SheetFiles() {
    }

    static SheetTable read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new SheetRefused("sheets.empty");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return XlsxSheetReader.read(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            // OLE2: Excel 97-2003 (.xls), or an XLSX saved with a password (also wrapped in OLE2).
            throw new SheetRefused("sheets.xls");
        }
        if (looksBinary(bytes)) {
            throw new SheetRefused("sheets.notSpreadsheet");
        }
        return CsvSheetReader.read(bytes);
    }

    /** A NUL byte or other control characters in the first 8 KB: no text file (UTF-16 aside, told apart later). */
    private static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        return TextEncoding.startsWith(bytes, prefix);
    }
}
