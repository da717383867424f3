package kr.oneteam.rules.outcome;

import java.util.Objects;
import kr.oneteam.domain.vocabulary.Category;

/**
 * A category of a proposal that at least one programme serves with an ELIGIBLE or CONDITIONAL, not
 * excluded recommendation. Derived in backlog.drl from the served-by table; R-BKL-01 sends every
 * category without one to the backlog. (Two simple joins instead of one nested "not (… and … and not …)",
 * which the engine evaluates far more slowly over large batches.)
 */
public final class Served {

    private final long proposalId;
    private final Category category;

    public Served(long proposalId, Category category) {
        this.proposalId = proposalId;
        this.category = Objects.requireNonNull(category, "category");
    }

    public long getProposalId() { return proposalId; }
    public Category getCategory() { return category; }

    @Override
    public String toString() {
        return "proposal " + proposalId + " served in " + category;
    }
}
