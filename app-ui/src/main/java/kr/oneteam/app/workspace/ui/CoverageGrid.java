package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import kr.oneteam.app.impact.RulesetCoverage.RuleRow;

import java.util.List;
import java.util.function.Consumer;

/**
 * The coverage table (issue 7 D6, issue 9): each rule with where it is, the scenario cases that fire it and —
 * for the active version — on how many stored proposals it fires. A rule that no scenario fires is marked: it is
 * what the gate refuses. A rule's id is a link to its file and line, like the problem list's entries.
 */
class CoverageGrid extends Composite<VerticalLayout> {

    private final Grid<RuleRow> grid = new Grid<>();
    private final Span summary = new Span();
    private final boolean withStoredProposals;

    /**
     * @param withStoredProposals show the stored-proposals column (the active version; a draft has no such count)
     * @param open                called with a rule when its id is clicked: open its file at its line
     */
    CoverageGrid(String id, boolean withStoredProposals, Consumer<RuleRow> open) {
        this.withStoredProposals = withStoredProposals;
        grid.setId(id);
        summary.setId(id + "-summary");
        grid.addComponentColumn(rule -> {
            Button link = new Button(rule.ruleId(), click -> open.accept(rule));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.getElement().setAttribute("title", rule.file() + ":" + rule.line());
            link.setId(id + "-open-" + rule.ruleId());
            return link;
        }).setHeader(getTranslation("coverage.rule")).setAutoWidth(true).setFlexGrow(0).setKey("rule");
        grid.addColumn(RuleRow::rule).setHeader(getTranslation("coverage.name")).setFlexGrow(3);
        grid.addColumn(rule -> rule.file() + ":" + rule.line()).setHeader(getTranslation("coverage.where"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::scenarios).setHeader(getTranslation("coverage.scenarios")).setFlexGrow(2);
        if (withStoredProposals) {
            grid.addColumn(RuleRow::storedProposals).setHeader(getTranslation("coverage.storedProposals"))
                    .setAutoWidth(true).setKey("storedProposals");
        }
        grid.setClassNameGenerator(rule -> rule.scenarios().isEmpty() ? "uncovered" : null);
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(summary, grid);
    }

    /** Shows {@code rules}; {@code storedProposals}: how many proposals the counts are over (active version). */
    void setRules(List<RuleRow> rules, long storedProposals) {
        grid.setItems(rules);
        long covered = rules.stream().filter(r -> !r.scenarios().isEmpty()).count();
        String text = getTranslation("coverage.summary", covered, rules.size());
        if (withStoredProposals) {
            long unused = rules.stream().filter(r -> r.storedProposals() == 0).count();
            text += " · " + getTranslation("coverage.summary.stored", storedProposals, unused);
        }
        summary.setText(text);
    }

    private Span scenarios(RuleRow rule) {
        if (rule.scenarios().isEmpty()) {
            Span none = new Span(getTranslation("coverage.noScenario"));
            none.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return none;
        }
        Span cases = new Span(getTranslation("coverage.cases", rule.scenarios().size()) + ": "
                + String.join(", ", rule.scenarios()));
        cases.getElement().setAttribute("title", String.join("\n", rule.scenarios()));
        return cases;
    }

    Grid<RuleRow> grid() {
        return grid;
    }

    String summary() {
        return summary.getText();
    }
}
