package kr.oneteam.app.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a CSV file is in (decision record 110): UTF-8 with or without a byte-order mark, else
 * CP949 (Excel's "CSV" on Korean Windows; a superset of EUC-KR) — each decoded strictly, so that a byte that
 * does not belong to the encoding is noticed rather than turned into '�'. UTF-16 and anything else is refused
 * with "save as CSV UTF-8".
 */
final class TextEncoding {

    static final Charset CP949 = Charset.forName("x-windows-949");

    record Decoded(String text, String encoding) {
    }

    private TextEncoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new SheetRefused("sheets.encoding.utf16");
        }
        Decoded utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        if (utf8 != null) {
            return utf8;
        }
        Decoded cp949 = tryDecode(bytes, 0, CP949, "CP949 (EUC-KR)");
        if (cp949 != null) {
            return cp949;
        }
        throw new SheetRefused("sheets.encoding.unknown");
    }

    private static Decoded strictly(byte[] bytes, int offset, Charset charset, String name) {
        Decoded decoded = tryDecode(bytes, offset, charset, name);
        if (decoded == null) {
            throw new SheetRefused("sheets.encoding.badUtf8");
        }
        return decoded;
    }

    private static Decoded tryDecode(byte[] bytes, int offset, Charset charset, String name) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(chars.toString(), name);
        } catch (CharacterCodingException notThisOne) {
            return null;
        }
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
