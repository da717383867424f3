package kr.oneteam.app.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.oneteam.rules.Allocation;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;

/** Compares one proposal's routing by the active version with the draft's, programme by programme. */
final class OutcomeDifference {

    private OutcomeDifference() {
    }

    /** Every programme whose recommendation differs, in the order the active version then the draft rank them. */
    static List<ProgrammeChange> between(RoutedProposal before, RoutedProposal after) {
        Map<String, RoutedRecommendation> was = byProgramme(before);
        Map<String, RoutedRecommendation> now = byProgramme(after);
        List<ProgrammeChange> changes = new ArrayList<>();
        for (RoutedRecommendation old : was.values()) {
            RoutedRecommendation updated = now.get(old.programme());
            if (updated == null) {
                changes.add(change(ProgrammeChange.Kind.REMOVED, old, null));
            } else if (!same(old, updated)) {
                changes.add(change(ProgrammeChange.Kind.CHANGED, old, updated));
            }
        }
        for (RoutedRecommendation added : now.values()) {
            if (!was.containsKey(added.programme())) {
                changes.add(change(ProgrammeChange.Kind.ADDED, null, added));
            }
        }
        return changes;
    }

    /** True when the two routings differ in anything an officer sees, including a rule failure. */
    static boolean differ(RoutedProposal before, RoutedProposal after, List<ProgrammeChange> changes) {
        return !changes.isEmpty() || !Objects.equals(failure(before), failure(after));
    }

    static String failure(RoutedProposal routed) {
        return routed.failed() ? routed.failure().toString() : null;
    }

    private static Map<String, RoutedRecommendation> byProgramme(RoutedProposal routed) {
        Map<String, RoutedRecommendation> map = new LinkedHashMap<>();
        routed.recommendations().forEach(r -> map.put(r.programme(), r));
        return map;
    }

    private static boolean same(RoutedRecommendation a, RoutedRecommendation b) {
        return a.eligibility() == b.eligibility() && a.score() == b.score()
                && Objects.equals(a.allocation(), b.allocation()) && a.rules().equals(b.rules())
                && a.reasons().equals(b.reasons()) && a.flags().equals(b.flags());
    }

    private static ProgrammeChange change(ProgrammeChange.Kind kind, RoutedRecommendation before,
                                          RoutedRecommendation after) {
        RoutedRecommendation any = before != null ? before : after;
        boolean reasonsChanged = before == null || after == null
                || !before.reasons().equals(after.reasons()) || !before.flags().equals(after.flags());
        return new ProgrammeChange(any.programme(), kind,
                before == null ? null : before.eligibility(), after == null ? null : after.eligibility(),
                before == null ? null : before.score(), after == null ? null : after.score(),
                before == null ? null : allocation(before.allocation()),
                after == null ? null : allocation(after.allocation()),
                before == null ? List.of() : before.rules(), after == null ? List.of() : after.rules(),
                reasonsChanged);
    }

    /** "16 GPU × 4개월 (자부담 10%)" or "₩50,000,000"; empty when the programme allocates nothing. */
    static String allocation(Allocation a) {
        if (a == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (a.gpus() != null) {
            text.append(a.gpus()).append(" GPU");
            if (a.months() != null) {
                text.append(" × ").append(a.months()).append("개월");
            }
            if (a.selfPayPercent() != null) {
                text.append(" (자부담 ").append(a.selfPayPercent()).append("%)");
            }
        }
        if (a.krw() != null) {
            text.append(text.length() == 0 ? "" : ", ").append(kr.oneteam.app.i18n.Formats.krw(a.krw()));
        }
        return text.toString();
    }
}
