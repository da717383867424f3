package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * INTAKE.md's rule for every string of a proposal: no control characters but tab and newline, no lone surrogates.
 * The compiled schema checks apply {@link #unfit} to each string they type-check (on a valid proposal, every
 * string), so the reader walks the tree for this only when there is something to name.
 */
final class TextCharacters {

    static final String CONTROL = "intake.controlCharacter";
    static final String LONE_SURROGATE = "intake.loneSurrogate";

    private TextCharacters() {
    }

    /**
     * The message code of the first character INTAKE.md refuses in {@code text}, or null. Control characters are
     * Unicode's Cc (U+0000–U+001F, U+007F–U+009F), as {@code Character.getType(c) == CONTROL}; printable ASCII,
     * nearly every character of a proposal, costs one comparison.
     */
    static String unfit(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n') {
                    return CONTROL;
                }
            } else if (c <= 0x9f) {
                return CONTROL;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return LONE_SURROGATE;
                }
            } else if (Character.isLowSurrogate(c)) {
                return LONE_SURROGATE;
            }
        }
        return null;
    }

    /** Whether any string of the tree, member names included, has a refused character. */
    static boolean anyUnfit(JsonNode node) {
        if (node.isTextual()) {
            return unfit(node.textValue()) != null;
        }
        if (node.isContainerNode()) {
            if (node.isObject()) {
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    if (unfit(names.next()) != null) {
                        return true;
                    }
                }
            }
            for (JsonNode child : node) {
                if (anyUnfit(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A problem at the path of each string value with a refused character ({@code $} for the body itself). */
    static void report(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isTextual()) {
            String unfit = unfit(node.textValue());
            if (unfit != null) {
                problems.add(FieldProblem.of(path.isEmpty() ? "$" : path, unfit));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> e = members.next();
                report(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                report(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }
}
