package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import kr.oneteam.app.review.RecommendationLine;

/**
 * The recommendations grouped ELIGIBLE / CONDITIONAL / INELIGIBLE (the "why not" section: what ruled a
 * programme out) / BACKLOG, one compact row each, and the keyboard that walks them ({@link DecisionKeys}).
 * Knows the row that has the keyboard's attention ({@link #current()}), so that after a decision redraws the
 * page the officer carries on where they were.
 */
class RecommendationsPanel extends Div {

    private static final List<String> GROUPS = List.of("ELIGIBLE", "CONDITIONAL", "INELIGIBLE", "BACKLOG");

    private final List<RecommendationRow> rows = new ArrayList<>();
    private int current = -1;

    RecommendationsPanel(List<RecommendationLine> recommendations, boolean canDecide,
                         ComponentEventListener<RecommendationRow.DecisionRequested> onDecision) {
        setId("recommendations");
        addClassName("recommendations");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("detail.recommendations"));
        if (recommendations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("rec.none"));
            none.setId("unclassified");
            add(none);
        }
        for (String group : GROUPS) {
            List<RecommendationLine> inGroup = recommendations.stream().filter(r -> r.group().equals(group)).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            Div section = new Div();
            section.setId("group-" + group);
            section.addClassName("rec-group");
            H4 title = new H4(getTranslation("rec.group." + group) + " (" + inGroup.size() + ")");
            title.addClassName("group-title");
            section.add(title);
            for (RecommendationLine line : inGroup) {
                // INELIGIBLE recommendations are explanations, not offers: nothing to accept there.
                RecommendationRow row = new RecommendationRow(line, canDecide && line.isDecidable());
                row.addDecisionListener(onDecision);
                int index = rows.size();
                row.addFocusedListener(event -> current = index);
                rows.add(row);
                section.add(row);
            }
            add(section);
        }
    }

    List<RecommendationRow> rows() {
        return rows;
    }

    /** The row the keyboard acts on: the focused one, or the first undecided one before any key was pressed. */
    RecommendationRow current() {
        if (rows.isEmpty()) {
            return null;
        }
        if (current < 0) {
            current = firstOpen();
        }
        return rows.get(current);
    }

    private int firstOpen() {
        for (int i = 0; i < rows.size(); i++) {
            RecommendationLine line = rows.get(i).recommendation();
            if (line.isDecidable() && !line.isDecided()) {
                return i;
            }
        }
        return 0;
    }

    void next() {
        moveTo(current < 0 ? firstOpen() : Math.min(rows.size() - 1, current + 1));
    }

    void previous() {
        moveTo(current < 0 ? firstOpen() : Math.max(0, current - 1));
    }

    /** Puts the keyboard's attention (and the browser's focus) on the row of {@code programme}, if shown. */
    void focusProgramme(String programme) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).recommendation().programme().equals(programme)) {
                moveTo(i);
                return;
            }
        }
    }

    /** After a decision: on to the next row that still waits for one, or stay. */
    void focusNextOpenAfter(String programme) {
        int from = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).recommendation().programme().equals(programme)) {
                from = i;
            }
        }
        for (int i = 1; i <= rows.size(); i++) {
            RecommendationLine line = rows.get((from + i) % rows.size()).recommendation();
            if (line.isDecidable() && !line.isDecided()) {
                moveTo((from + i) % rows.size());
                return;
            }
        }
        moveTo(from);
    }

    private void moveTo(int index) {
        if (rows.isEmpty()) {
            return;
        }
        current = index;
        rows.get(index).focus();
    }

    void act(RecommendationRow.Action action) {
        if (current() != null) {
            current().fire(action);
        }
    }

    void declineCurrent() {
        if (current() != null) {
            current().declineOrAskForComment();
        }
    }

    void commentCurrent() {
        if (current() != null) {
            current().openComment();
        }
    }

    void toggleReasonsOfCurrent() {
        if (current() != null) {
            current().toggleReasons();
        }
    }
}
