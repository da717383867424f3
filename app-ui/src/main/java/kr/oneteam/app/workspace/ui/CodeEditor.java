package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A monospace text area with line numbers beside it (no npm add-ons can be built here, so no code editor
 * component). The gutter and the text area grow with the text inside one scrolling box, so they scroll
 * together and line N of the gutter stands beside line N of the text. {@link #goToLine} puts the cursor on a
 * line and scrolls it into view (in the browser); the line it was asked for is kept for tests.
 */
class CodeEditor extends Composite<Div> implements com.vaadin.flow.component.HasSize {

    private static final String LINE_HEIGHT = "20px";
    private static final String FONT = "ui-monospace, 'DejaVu Sans Mono', Consolas, monospace";

    private final Pre gutter = new Pre();
    private final TextArea text = new TextArea();
    private int cursorLine = 1;

    CodeEditor() {
        Div box = getContent();
        box.setId("code-editor");
        box.getStyle().set("display", "flex").set("align-items", "flex-start").set("overflow", "auto")
                .set("height", "60vh").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        gutter.setId("code-editor-lines");
        gutter.getElement().setAttribute("aria-hidden", "true");
        gutter.getStyle().set("margin", "0").set("padding", "calc(var(--lumo-space-xs) + 9px) var(--lumo-space-s)")
                .set("font-family", FONT).set("font-size", "14px").set("line-height", LINE_HEIGHT)
                .set("text-align", "right").set("color", "var(--lumo-secondary-text-color)")
                .set("background", "var(--lumo-contrast-5pct)").set("user-select", "none").set("min-width", "3em");
        text.setId("code-editor-text");
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.getStyle().set("--lumo-font-family", FONT).set("--lumo-font-size-m", "14px")
                .set("--lumo-line-height-s", LINE_HEIGHT).set("padding", "0").set("flex", "1");
        // The slotted native textarea: one line = one gutter line; long lines scroll instead of wrapping.
        text.getElement().executeJs("const t = this.querySelector('textarea'); if (t) { t.style.lineHeight = $0;"
                + " t.style.fontFamily = $1; t.style.fontSize = '14px'; t.style.whiteSpace = 'pre';"
                + " t.style.overflowWrap = 'normal'; t.setAttribute('spellcheck', 'false'); }", LINE_HEIGHT, FONT);
        text.addValueChangeListener(e -> numberLines(e.getValue()));
        box.add(gutter, text);
        numberLines("");
    }

    TextArea textArea() {
        return text;
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value == null ? "" : value);
        numberLines(text.getValue());
        cursorLine = 1;
    }

    void setLabel(String label) {
        text.setLabel(label);
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    /** Puts the cursor at the start of {@code line} (1-based) and scrolls it into view. */
    void goToLine(int line) {
        String value = text.getValue();
        int target = Math.max(1, line);
        int offset = 0;
        for (int l = 1; l < target && offset >= 0; l++) {
            int next = value.indexOf('\n', offset);
            offset = next < 0 ? -1 : next + 1;
        }
        int position = offset < 0 ? value.length() : offset;
        int end = value.indexOf('\n', position);
        cursorLine = target;
        text.getElement().executeJs("const t = this.querySelector('textarea'); if (t) { t.focus();"
                + " t.setSelectionRange($0, $1); const box = this.parentElement;"
                + " box.scrollTop = Math.max(0, ($2 - 3) * 20); }", position, end < 0 ? value.length() : end, target);
        text.focus();
    }

    /** The line the cursor was last put on by {@link #goToLine} (1 after a new text). */
    int cursorLine() {
        return cursorLine;
    }

    /** The gutter's text: "1\n2\n…", one number per line of the text. */
    String lineNumbers() {
        return gutter.getText();
    }

    private void numberLines(String value) {
        int lines = 1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\n') {
                lines++;
            }
        }
        StringBuilder numbers = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            numbers.append(i).append(i < lines ? "\n" : "");
        }
        gutter.setText(numbers.toString());
    }
}
