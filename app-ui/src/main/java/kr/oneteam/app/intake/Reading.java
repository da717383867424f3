package kr.oneteam.app.intake;

import kr.oneteam.app.proposal.ProposalForm;
import java.util.List;

/** The outcome of reading one submitted item: a valid form, or every problem found in it. */
public record Reading(ProposalForm form, List<FieldProblem> problems) {

    public Reading {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (form == null)) {
            throw new IllegalArgumentException("a reading has either a form or problems");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
