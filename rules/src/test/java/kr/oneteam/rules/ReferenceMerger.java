package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.rules.outcome.Contribution;
import kr.oneteam.rules.outcome.Exclusion;
import kr.oneteam.rules.outcome.Flag;
import kr.oneteam.rules.outcome.Grant;
import kr.oneteam.rules.outcome.Note;
import kr.oneteam.rules.outcome.Outcome;
import kr.oneteam.rules.outcome.ScoreBonus;

/**
 * The merge of POLICY.md §2 as {@link OutcomeMerger} wrote it before decision record 042 made it faster: kept in the
 * tests as the reference the faster merge must equal on every list of outcomes ({@code OutcomeMergerTest}).
 */
final class ReferenceMerger {

    static final String BACKLOG = "BACKLOG";

    private static final Comparator<String> PROGRAMME_ORDER = Comparator
            .comparing((String p) -> p.equals(BACKLOG))
            .thenComparing(Comparator.naturalOrder());

    private ReferenceMerger() {
    }

    static RoutedProposal merge(long proposalId, String rulesetHash, List<Outcome> outcomes) {
        Map<String, Programme> programmes = new HashMap<>(8);
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Contribution c) {
                programmes.computeIfAbsent(c.getProgramme(), p -> new Programme()).contributions.add(c);
            }
        }
        List<Reason> wholeProposalFlags = new ArrayList<>();
        int sharedScore = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Flag f && f.isWholeProposal()) {
                wholeProposalFlags.add(new Reason(f.getRule(), f.getText()));
            } else if (outcome instanceof ScoreBonus b && b.getProgramme() == null) {
                sharedScore += b.getPoints();
            } else if (!(outcome instanceof Contribution)) {
                Programme programme = programmes.get(programmeOf(outcome));
                if (programme != null) {
                    programme.add(outcome);
                }
            }
        }
        List<String> codes = new ArrayList<>(programmes.keySet());
        codes.sort(PROGRAMME_ORDER);
        List<RoutedRecommendation> recommendations = new ArrayList<>(codes.size());
        for (String code : codes) {
            recommendations.add(programmes.get(code).recommendation(code, sharedScore, wholeProposalFlags));
        }
        return new RoutedProposal(proposalId, rulesetHash, recommendations);
    }

    private static String programmeOf(Outcome outcome) {
        if (outcome instanceof Exclusion x) {
            return x.getProgramme();
        } else if (outcome instanceof Note n) {
            return n.getProgramme();
        } else if (outcome instanceof Flag f) {
            return f.getProgramme();
        } else if (outcome instanceof Grant g) {
            return g.getProgramme();
        } else if (outcome instanceof ScoreBonus b) {
            return b.getProgramme();
        }
        return null;
    }

    /** The outcomes of one programme, gathered in one pass over the proposal's outcomes. */
    private static final class Programme {
        final List<Contribution> contributions = new ArrayList<>(2);
        final List<Reason> exclusions = new ArrayList<>(1);
        final List<Reason> notes = new ArrayList<>(1);
        final List<Reason> flags = new ArrayList<>(1);
        final List<Grant> grants = new ArrayList<>(1);
        int score;

        void add(Outcome outcome) {
            if (outcome instanceof Exclusion x) {
                exclusions.add(new Reason(x.getRule(), x.getReason()));
            } else if (outcome instanceof Note n) {
                notes.add(new Reason(n.getRule(), n.getReason()));
            } else if (outcome instanceof Flag f) {
                flags.add(new Reason(f.getRule(), f.getText()));
            } else if (outcome instanceof Grant g) {
                grants.add(g);
            } else if (outcome instanceof ScoreBonus b) {
                score += b.getPoints();
            }
        }

        RoutedRecommendation recommendation(String programme, int sharedScore, List<Reason> wholeProposalFlags) {
            Eligibility eligibility = null;
            for (Contribution c : contributions) {
                eligibility = eligibility == null ? c.getEligibility() : eligibility.strongest(c.getEligibility());
            }
            if (!exclusions.isEmpty()) {
                eligibility = Eligibility.INELIGIBLE;
            }
            List<Reason> reasons = new ArrayList<>(sorted(exclusions));
            List<Reason> contributed = new ArrayList<>(contributions.size());
            for (Contribution c : contributions) {
                contributed.add(new Reason(c.getRule(), c.getReason()));
            }
            reasons.addAll(sorted(contributed));
            reasons.addAll(sorted(notes));
            List<Reason> distinctReasons = List.copyOf(new LinkedHashSet<>(reasons));
            Set<String> rules = new LinkedHashSet<>();
            distinctReasons.forEach(r -> rules.add(r.rule()));
            Set<String> allFlags = new LinkedHashSet<>();
            sorted(flags).forEach(f -> allFlags.add(f.text()));
            sorted(wholeProposalFlags).forEach(f -> allFlags.add(f.text()));

            boolean scored = eligibility != Eligibility.INELIGIBLE && !programme.equals(BACKLOG);
            int total = Math.max(0, Math.min(100, sharedScore + score));
            return new RoutedRecommendation(programme, eligibility, scored ? total : 0, List.copyOf(rules),
                    distinctReasons, List.copyOf(allFlags), scored ? allocation(grants) : null);
        }
    }

    /** Firing order is not policy: reasons and flags are shown by rule id, then text, whatever order rules fired in. */
    private static List<Reason> sorted(List<Reason> reasons) {
        if (reasons.size() < 2) {
            return reasons;
        }
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
        java.math.BigDecimal selfPay = null;
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
        Map<Long, List<Outcome>> grouped = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof Outcome o) {
                grouped.computeIfAbsent(o.getProposalId(), id -> new ArrayList<>()).add(o);
            }
        }
        return grouped;
    }
}
