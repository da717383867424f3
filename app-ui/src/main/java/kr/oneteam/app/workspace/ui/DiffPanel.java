package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import kr.oneteam.app.workspace.FileDiff;

import java.util.List;

/** A file-by-file diff: one collapsible block per changed file, its unified diff with added/removed lines coloured. */
class DiffPanel extends Composite<Div> {

    DiffPanel(String id) {
        getContent().setId(id);
        getContent().setWidthFull();
    }

    void show(List<FileDiff> diffs) {
        Div box = getContent();
        box.removeAll();
        if (diffs.isEmpty()) {
            box.add(new Span(getTranslation("workspace.diff.none")));
            return;
        }
        for (FileDiff diff : diffs) {
            Pre text = new Pre();
            text.getStyle().set("margin", "0").set("font-size", "13px").set("overflow", "auto")
                    .set("max-height", "50vh");
            // A scrolling region keyboard users can reach and scroll (axe: scrollable-region-focusable).
            text.getElement().setAttribute("tabindex", "0");
            text.getElement().setAttribute("aria-label", diff.path());
            for (String line : diff.lines()) {
                Span span = new Span(line + "\n");
                if (line.startsWith("+")) {
                    span.getStyle().set("background", "var(--lumo-success-color-10pct)");
                } else if (line.startsWith("-")) {
                    span.getStyle().set("background", "var(--lumo-error-color-10pct)");
                } else if (line.startsWith("@@")) {
                    span.getStyle().set("color", "var(--lumo-secondary-text-color)");
                }
                text.add(span);
            }
            Details file = new Details(diff.path() + " · " + getTranslation("workspace.diff." + diff.change())
                    + " · +" + diff.added() + " −" + diff.removed(), text);
            file.setOpened(diffs.size() <= 3);
            file.setId("diff-" + diff.path().replace('/', '-').replace('.', '-'));
            box.add(file);
        }
    }
}
