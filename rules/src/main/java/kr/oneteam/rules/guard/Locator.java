package kr.oneteam.rules.guard;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;

/**
 * Maps a node of a parsed expression or consequence back to its offset in the DRL file. JavaParser keeps
 * positions (relative to the snippet it parsed); Drools' constraint parser does not, so for its nodes the
 * node's own name is looked for in the constraint's text.
 */
final class Locator {

    private final DrlText file;
    private final int snippetStart;
    private final int snippetEnd;
    private final DrlText snippet;
    private final int prefix;

    /**
     * @param snippetStart where the parsed text starts in the file
     * @param parsed the text given to the parser, or null when the parser keeps no positions
     * @param prefix characters the parsed text has before the file's text (e.g. the "{" around a consequence)
     */
    Locator(DrlText file, int snippetStart, int snippetEnd, String parsed, int prefix) {
        this.file = file;
        this.snippetStart = snippetStart;
        this.snippetEnd = snippetEnd;
        this.snippet = parsed == null ? null : DrlText.of(parsed);
        this.prefix = prefix;
    }

    int start() {
        return snippetStart;
    }

    int at(Node node, String token) {
        if (snippet != null && node != null && node.getRange().isPresent()) {
            Position begin = node.getRange().get().begin;
            if (begin.line >= 1) {
                int inSnippet = snippet.offset(begin.line, begin.column) - prefix;
                return Math.max(snippetStart, Math.min(snippetEnd, snippetStart + inSnippet));
            }
        }
        return file.find(token, snippetStart, snippetEnd);
    }
}
