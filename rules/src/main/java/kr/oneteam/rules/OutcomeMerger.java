package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.rules.outcome.Contribution;
import kr.oneteam.rules.outcome.Exclusion;
import kr.oneteam.rules.outcome.Flag;
import kr.oneteam.rules.outcome.Grant;
import kr.oneteam.rules.outcome.Note;
import kr.oneteam.rules.outcome.Outcome;
import kr.oneteam.rules.outcome.ScoreBonus;

/**
 * Builds one recommendation per programme from the outcomes rules recorded for one proposal, exactly as
 * POLICY.md §2 says: the strongest eligibility of the contributions; any exclusion forces INELIGIBLE;
 * every reason kept (exclusions first, as they are the "why not"); proposal-wide flags on every
 * recommendation; score = sum of the bonuses clamped to 0–100, and 0 with no allocation for INELIGIBLE
 * and BACKLOG. The merge is generic: which rules give what is the DRL's business, not this class's.
 */
final class OutcomeMerger {

    static final String BACKLOG = "BACKLOG";

    private static final Comparator<String> PROGRAMME_ORDER = Comparator
            .comparing((String p) -> p.equals(BACKLOG))
            .thenComparing(Comparator.naturalOrder());

    private OutcomeMerger() {
    }

    static RoutedProposal merge(long proposalId, String rulesetHash, List<Outcome> outcomes) {
        Map<String, List<Contribution>> contributions = new TreeMap<>(PROGRAMME_ORDER);
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Contribution c) {
                contributions.computeIfAbsent(c.getProgramme(), p -> new ArrayList<>()).add(c);
            }
        }
        List<RoutedRecommendation> recommendations = new ArrayList<>(contributions.size());
        for (Map.Entry<String, List<Contribution>> entry : contributions.entrySet()) {
            recommendations.add(recommendation(entry.getKey(), entry.getValue(), outcomes));
        }
        return new RoutedProposal(proposalId, rulesetHash, recommendations);
    }

    private static RoutedRecommendation recommendation(String programme, List<Contribution> contributions,
            List<Outcome> outcomes) {
        Eligibility eligibility = null;
        for (Contribution c : contributions) {
            eligibility = eligibility == null ? c.getEligibility() : eligibility.strongest(c.getEligibility());
        }
        List<Reason> exclusions = new ArrayList<>();
        List<Reason> notes = new ArrayList<>();
        List<Reason> flagged = new ArrayList<>();
        List<Reason> wholeProposalFlags = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        int score = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Exclusion x && x.getProgramme().equals(programme)) {
                exclusions.add(new Reason(x.getRule(), x.getReason()));
            } else if (outcome instanceof Note n && n.getProgramme().equals(programme)) {
                notes.add(new Reason(n.getRule(), n.getReason()));
            } else if (outcome instanceof Flag f && f.isWholeProposal()) {
                wholeProposalFlags.add(new Reason(f.getRule(), f.getText()));
            } else if (outcome instanceof Flag f && f.getProgramme().equals(programme)) {
                flagged.add(new Reason(f.getRule(), f.getText()));
            } else if (outcome instanceof Grant g && g.getProgramme().equals(programme)) {
                grants.add(g);
            } else if (outcome instanceof ScoreBonus b && (b.getProgramme() == null || b.getProgramme().equals(programme))) {
                score += b.getPoints();
            }
        }
        if (!exclusions.isEmpty()) {
            eligibility = Eligibility.INELIGIBLE;
        }
        List<Reason> reasons = new ArrayList<>(sorted(exclusions));
        reasons.addAll(sorted(contributions.stream().map(c -> new Reason(c.getRule(), c.getReason())).toList()));
        reasons.addAll(sorted(notes));
        List<Reason> distinctReasons = List.copyOf(new LinkedHashSet<>(reasons));
        Set<String> rules = new LinkedHashSet<>();
        distinctReasons.forEach(r -> rules.add(r.rule()));
        Set<String> flags = new LinkedHashSet<>();
        sorted(flagged).forEach(f -> flags.add(f.text()));
        sorted(wholeProposalFlags).forEach(f -> flags.add(f.text()));

        boolean scored = eligibility != Eligibility.INELIGIBLE && !programme.equals(BACKLOG);
        return new RoutedRecommendation(programme, eligibility, scored ? Math.max(0, Math.min(100, score)) : 0,
                List.copyOf(rules), distinctReasons, List.copyOf(flags), scored ? allocation(grants) : null);
    }

    /** Firing order is not policy: reasons and flags are shown by rule id, then text, whatever order rules fired in. */
    private static List<Reason> sorted(List<Reason> reasons) {
        List<Reason> copy = new ArrayList<>(reasons);
        copy.sort(Comparator.comparing(Reason::rule).thenComparing(Reason::text));
        return copy;
    }

    /** Several grants for one programme combine field by field, the later rule id winning. */
    private static Allocation allocation(List<Grant> grants) {
        if (grants.isEmpty()) {
            return null;
        }
        grants.sort(Comparator.comparing(Grant::getRule));
        Integer gpus = null;
        Integer months = null;
        Integer selfPay = null;
        Long krw = null;
        for (Grant g : grants) {
            gpus = g.getGpus() != null ? g.getGpus() : gpus;
            months = g.getMonths() != null ? g.getMonths() : months;
            selfPay = g.getSelfPayPercent() != null ? g.getSelfPayPercent() : selfPay;
            krw = g.getKrw() != null ? g.getKrw() : krw;
        }
        return new Allocation(gpus, months, selfPay, krw);
    }

    static Map<Long, List<Outcome>> byProposal(Iterable<?> facts) {
        Map<Long, List<Outcome>> grouped = new LinkedHashMap<>();
        for (Object fact : facts) {
            if (fact instanceof Outcome o) {
                grouped.computeIfAbsent(o.getProposalId(), id -> new ArrayList<>()).add(o);
            }
        }
        return grouped;
    }
}
