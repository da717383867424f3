package kr.oneteam.rules.guard;

/**
 * DRL source prepared for the guard: comments removed and the inside of string literals blanked, with
 * every character kept at its place (so positions still map to line and column). Korean reasons that
 * happen to say "System" are text, not code; a name hidden in a comment is not code either.
 */
final class DrlText {

    private final String original;
    private final String code;
    private final String codeWithStrings;
    private final int[] lineStarts;

    private DrlText(String original, String code, String codeWithStrings) {
        this.original = original;
        this.code = code;
        this.codeWithStrings = codeWithStrings;
        this.lineStarts = original.lines().count() == 0 ? new int[] {0} : lineStarts(original);
    }

    static DrlText of(String source) {
        StringBuilder code = new StringBuilder(source.length());
        StringBuilder withStrings = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            char next = i + 1 < n ? source.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(source, i, end, code, withStrings);
                i = end;
            } else if (c == '/' && next == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(source, i, end, code, withStrings);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
                code.append(c);
                blank(source, i + 1, Math.max(i + 1, end - 1), code, null);
                if (end - 1 > i) {
                    code.append(source.charAt(end - 1));
                }
                withStrings.append(source, i, end);
                i = end;
            } else {
                code.append(c);
                withStrings.append(c);
                i++;
            }
        }
        return new DrlText(source, code.toString(), withStrings.toString());
    }

    private static void blank(String source, int from, int to, StringBuilder a, StringBuilder b) {
        for (int k = from; k < to; k++) {
            char keep = source.charAt(k) == '\n' ? '\n' : ' ';
            a.append(keep);
            if (b != null) {
                b.append(keep);
            }
        }
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        for (int i = 0, line = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    String original() {
        return original;
    }

    /** Code only: comments and string contents blanked. */
    String code() {
        return code;
    }

    /** Code and string literals, comments blanked (to read rule names). */
    String codeWithStrings() {
        return codeWithStrings;
    }

    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset of the first line's start plus {@code column} (1-based), i.e. the inverse of line/column. */
    int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return Math.min(original.length(), lineStarts[l - 1] + Math.max(0, column - 1));
    }

    int length() {
        return original.length();
    }

    /**
     * Where {@code token} first occurs as a whole word in code (not in a string or comment) between
     * {@code from} and {@code to}; {@code from} when it does not. Used to place a problem found in an
     * expression whose parser keeps no positions.
     */
    int find(String token, int from, int to) {
        if (token == null || token.isEmpty() || from < 0) {
            return Math.max(0, from);
        }
        // A string literal ("P16") is looked for with the strings kept; anything else in code only.
        String hay = token.charAt(0) == '"' ? codeWithStrings : code;
        int end = Math.min(to, hay.length());
        for (int at = hay.indexOf(token, from); at >= 0 && at + token.length() <= end; at = hay.indexOf(token, at + 1)) {
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(hay.charAt(at - 1))
                    || !Character.isJavaIdentifierPart(token.charAt(0));
            int after = at + token.length();
            boolean endsWord = after >= hay.length() || !Character.isJavaIdentifierPart(hay.charAt(after))
                    || !Character.isJavaIdentifierPart(token.charAt(token.length() - 1));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return from;
    }
}
