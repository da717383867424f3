package kr.oneteam.app.impact;

import java.util.List;
import kr.oneteam.domain.vocabulary.Eligibility;

/**
 * How one programme's recommendation for one proposal differs: added by the draft, removed by it, or changed
 * (eligibility, score, allocation or reasons). The before side is null for ADDED, the after side for REMOVED.
 * Allocations are written out ("16 GPU × 4개월 (자부담 10%)", "₩50,000,000").
 */
public record ProgrammeChange(String programme, Kind kind,
                              Eligibility eligibilityBefore, Eligibility eligibilityAfter,
                              Integer scoreBefore, Integer scoreAfter,
                              String allocationBefore, String allocationAfter,
                              List<String> rulesBefore, List<String> rulesAfter,
                              boolean reasonsChanged) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public ProgrammeChange {
        rulesBefore = List.copyOf(rulesBefore);
        rulesAfter = List.copyOf(rulesAfter);
    }

    public boolean eligibilityChanged() {
        return eligibilityBefore != eligibilityAfter;
    }
}
