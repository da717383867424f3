package kr.oneteam.rules.outcome;

import java.util.Objects;
import kr.oneteam.domain.vocabulary.Category;

/**
 * One row of the "served by" table of R-BKL-01: this programme serves this category. The table is
 * inserted by a rule in backlog.drl, so an analyst adding a programme extends it in DRL, not Java.
 */
public final class ServedBy {

    private final Category category;
    private final String programme;

    public ServedBy(Category category, String programme) {
        this.category = Objects.requireNonNull(category, "category");
        this.programme = RuleIds.programme(programme);
    }

    public Category getCategory() { return category; }
    public String getProgramme() { return programme; }

    @Override
    public String toString() {
        return category + " served by " + programme;
    }
}
