package kr.oneteam.app.programme.ui;

import com.vaadin.flow.component.html.Span;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.routing.RulesetStatus;

/**
 * One line naming the ruleset that routes to these programmes: version, the full content hash (the same
 * string as {@code GET /api/ruleset} and the log), where it came from, how many rules, since when, and how
 * many open proposals its rules failed on (stored as 미분류).
 */
class RulesetLine extends Span {

    RulesetLine(RulesetStatus rulesets) {
        setId("ruleset-line");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        rulesets.active().ifPresent(v -> setText(getTranslation("catalogue.ruleset.line", v.id(), v.hash(),
                getTranslation("catalogue.ruleset.source." + v.source()), v.ruleCount(),
                v.activatedAt() == null ? "" : Formats.dateTime(v.activatedAt()))
                + (v.unrouted() == 0 ? "" : " · " + getTranslation("catalogue.ruleset.unrouted", v.unrouted()))));
    }
}
