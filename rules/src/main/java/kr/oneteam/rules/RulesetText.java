package kr.oneteam.rules;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of one ruleset file as text. UTF-8 only, with or without a byte-order mark: Excel's "CSV
 * UTF-8" and Windows Notepad write one, and it is invisible; it is dropped, so the stored text (and the
 * content hash over it) is the same with or without it. Anything else is refused with "save as UTF-8" and the
 * line and column of the first byte that is not UTF-8 — and when the bytes read as Korean in CP949/EUC-KR
 * (what older Windows tools save), the message says so. A NUL byte means a binary file.
 */
final class RulesetText {

    /** The text, or why there is none (line and column 1-based, of the first bad byte). */
    record Decoded(String text, int line, int column, String problem) {

        boolean ok() {
            return text != null;
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RulesetText() {
    }

    static Decoded decode(byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        for (int i = start, line = 1, lineStart = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            } else if (bytes[i] == 0) {
                return new Decoded(null, line, columnOf(bytes, lineStart, i), "binary file (a NUL byte at line " + line
                        + "): rules are text — save the file as UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = columnOf(bytes, lineStart, bad);
            return new Decoded(null, line, column, "not UTF-8 text: the byte 0x" + String.format("%02X", bytes[bad] & 0xff)
                    + " at line " + line + ", column " + column + " is not UTF-8" + koreanHint(bytes, start)
                    + " — save the file as UTF-8");
        }
        out.flip();
        return new Decoded(out.toString(), 0, 0, null);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** The column (1-based, in characters) of byte {@code at}: the valid UTF-8 before it on its line, decoded. */
    private static int columnOf(byte[] bytes, int lineStart, int at) {
        return new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
    }

    /** " (it reads as Korean in CP949/EUC-KR …)" when the bytes are valid CP949 holding Hangul, else "". */
    private static String koreanHint(byte[] bytes, int start) {
        try {
            String asCp949 = Charset.forName("x-windows-949").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            boolean hangul = asCp949.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
            return hangul ? " (the file reads as Korean in CP949/EUC-KR, the encoding older Windows tools and Excel's"
                    + " plain \"CSV\" save)" : "";
        } catch (CharacterCodingException | IllegalArgumentException | UnsupportedOperationException e) {
            return "";
        }
    }
}
