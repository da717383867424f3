package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final Comparator<Programme> BY_CODE = Comparator.comparing(p -> p.code, PROGRAMME_ORDER);

    /** Reasons and flags are shown by rule id, then text (firing order is not policy). */
    private static final Comparator<Reason> BY_RULE_THEN_TEXT = Comparator.comparing(Reason::rule)
            .thenComparing(Reason::text);

    /**
     * Runs once per routed proposal, so it is written for the usual case — two or three programmes, one or two
     * outcomes each (decision record 042): programmes in a small array searched by code instead of a map, the
     * proposal-wide flags sorted once for all recommendations, and no sorting, de-duplicating or copying of lists
     * of one. {@code ReferenceMerger} in the tests keeps the plain form this must equal.
     */
    static RoutedProposal merge(long proposalId, String rulesetHash, List<Outcome> outcomes) {
        Programme[] programmes = new Programme[4];
        int count = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Contribution c) {
                Programme programme = find(programmes, count, c.getProgramme());
                if (programme == null) {
                    if (count == programmes.length) {
                        programmes = java.util.Arrays.copyOf(programmes, count * 2);
                    }
                    programme = new Programme(c.getProgramme());
                    programmes[count++] = programme;
                }
                programme.contributions.add(c);
            }
        }
        if (count == 0) {
            return new RoutedProposal(proposalId, rulesetHash, List.of());
        }
        List<Reason> wholeProposalFlags = null;
        int sharedScore = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Contribution) {
                continue;
            }
            if (outcome instanceof Flag f && f.isWholeProposal()) {
                if (wholeProposalFlags == null) {
                    wholeProposalFlags = new ArrayList<>(2);
                }
                wholeProposalFlags.add(new Reason(f.getRule(), f.getText()));
            } else if (outcome instanceof ScoreBonus b && b.getProgramme() == null) {
                sharedScore += b.getPoints();
            } else {
                Programme programme = find(programmes, count, programmeOf(outcome));
                if (programme != null) {
                    programme.add(outcome);
                }
            }
        }
        List<String> wholeProposalTexts = wholeProposalFlags == null ? List.of() : distinctTexts(sorted(wholeProposalFlags), List.of());
        if (count > 1) {
            java.util.Arrays.sort(programmes, 0, count, BY_CODE);
        }
        RoutedRecommendation[] recommendations = new RoutedRecommendation[count];
        for (int i = 0; i < count; i++) {
            recommendations[i] = programmes[i].recommendation(sharedScore, wholeProposalTexts);
        }
        return new RoutedProposal(proposalId, rulesetHash, List.of(recommendations));
    }

    private static Programme find(Programme[] programmes, int count, String code) {
        if (code == null) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            if (programmes[i].code.equals(code)) {
                return programmes[i];
            }
        }
        return null;
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
        final String code;
        final List<Contribution> contributions = new ArrayList<>(2);
        List<Reason> exclusions = List.of();
        List<Reason> notes = List.of();
        List<Reason> flags = List.of();
        List<Grant> grants = List.of();
        int score;

        Programme(String code) {
            this.code = code;
        }

        void add(Outcome outcome) {
            if (outcome instanceof Exclusion x) {
                exclusions = added(exclusions, new Reason(x.getRule(), x.getReason()));
            } else if (outcome instanceof Note n) {
                notes = added(notes, new Reason(n.getRule(), n.getReason()));
            } else if (outcome instanceof Flag f) {
                flags = added(flags, new Reason(f.getRule(), f.getText()));
            } else if (outcome instanceof Grant g) {
                grants = added(grants, g);
            } else if (outcome instanceof ScoreBonus b) {
                score += b.getPoints();
            }
        }

        RoutedRecommendation recommendation(int sharedScore, List<String> wholeProposalTexts) {
            Eligibility eligibility = null;
            for (Contribution c : contributions) {
                eligibility = eligibility == null ? c.getEligibility() : eligibility.strongest(c.getEligibility());
            }
            if (!exclusions.isEmpty()) {
                eligibility = Eligibility.INELIGIBLE;
            }
            List<Reason> reasons;
            List<String> rules;
            if (contributions.size() == 1 && exclusions.isEmpty() && notes.isEmpty()) {
                Contribution c = contributions.get(0);
                reasons = List.of(new Reason(c.getRule(), c.getReason()));
                rules = List.of(c.getRule());
            } else {
                List<Reason> all = new ArrayList<>(exclusions.size() + contributions.size() + notes.size());
                all.addAll(sorted(exclusions));
                List<Reason> contributed = new ArrayList<>(contributions.size());
                for (Contribution c : contributions) {
                    contributed.add(new Reason(c.getRule(), c.getReason()));
                }
                all.addAll(sorted(contributed));
                all.addAll(sorted(notes));
                reasons = distinct(all);
                List<String> ids = new ArrayList<>(reasons.size());
                for (Reason r : reasons) {
                    if (!ids.contains(r.rule())) {
                        ids.add(r.rule());
                    }
                }
                rules = List.copyOf(ids);
            }
            List<String> allFlags = flags.isEmpty() ? wholeProposalTexts : distinctTexts(sorted(flags), wholeProposalTexts);

            boolean scored = eligibility != Eligibility.INELIGIBLE && !code.equals(BACKLOG);
            int total = Math.max(0, Math.min(100, sharedScore + score));
            return new RoutedRecommendation(code, eligibility, scored ? total : 0, rules, reasons, allFlags,
                    scored ? allocation(grants) : null);
        }
    }

    private static <T> List<T> added(List<T> list, T item) {
        List<T> grown = list.isEmpty() ? new ArrayList<>(2) : list;
        grown.add(item);
        return grown;
    }

    /** Firing order is not policy: reasons and flags are shown by rule id, then text, whatever order rules fired in. */
    private static List<Reason> sorted(List<Reason> reasons) {
        if (reasons.size() < 2) {
            return reasons;
        }
        List<Reason> copy = new ArrayList<>(reasons);
        copy.sort(BY_RULE_THEN_TEXT);
        return copy;
    }

    /** The reasons without repeats, in their order (a few per programme: a linear search beats a hash set). */
    private static List<Reason> distinct(List<Reason> reasons) {
        List<Reason> kept = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            if (!kept.contains(r)) {
                kept.add(r);
            }
        }
        return List.copyOf(kept);
    }

    /** The texts of {@code first}, then {@code then} (already distinct texts), each once, in that order. */
    private static List<String> distinctTexts(List<Reason> first, List<String> then) {
        List<String> texts = new ArrayList<>(first.size() + then.size());
        for (Reason r : first) {
            if (!texts.contains(r.text())) {
                texts.add(r.text());
            }
        }
        for (String t : then) {
            if (!texts.contains(t)) {
                texts.add(t);
            }
        }
        return List.copyOf(texts);
    }

    /** Several grants for one programme combine field by field, the later rule id winning. */
    private static Allocation allocation(List<Grant> grants) {
        if (grants.isEmpty()) {
            return null;
        }
        if (grants.size() == 1) {
            Grant g = grants.get(0);
            return new Allocation(g.getGpus(), g.getMonths(), g.getSelfPayPercent(), g.getKrw());
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
