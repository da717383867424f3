package kr.oneteam.rules.whatif;

import java.util.List;
import kr.oneteam.domain.vocabulary.Eligibility;

/**
 * A programme the proposal does not get as ELIGIBLE — {@code now} is INELIGIBLE or CONDITIONAL, or null when
 * the rules did not recommend it although it serves one of the proposal's categories — and the single
 * changes that would make it ELIGIBLE (empty: no one change does).
 */
public record ProgrammeWhatIf(String programme, Eligibility now, List<Change> changes) {

    public ProgrammeWhatIf {
        changes = List.copyOf(changes);
    }
}
