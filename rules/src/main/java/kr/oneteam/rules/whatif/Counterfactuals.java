package kr.oneteam.rules.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.fact.Proposal;

/**
 * Finds what would change a proposal's routing by routing it: the proposal and every single-field variant of
 * it ({@link ProposalVariants}) go to the engine in one call, with one compiled ruleset, and a change is
 * suggested only where the engine routed the variant to ELIGIBLE. The policy is never restated here.
 */
public final class Counterfactuals {

    /** The pseudo-programme of asks no programme serves: not a programme one can become eligible for. */
    static final String BACKLOG = "BACKLOG";

    private Counterfactuals() {
    }

    public static WhatIf explain(Router router, RuleThresholds thresholds, Proposal proposal) {
        Proposal base = proposal.toBuilder().id(0).build();
        List<Variant> variants = ProposalVariants.of(base, thresholds);
        List<Proposal> batch = new ArrayList<>(variants.size() + 1);
        batch.add(base);
        for (int i = 0; i < variants.size(); i++) {
            batch.add(variants.get(i).proposal().toBuilder().id(i + 1L).build());
        }
        List<RoutedProposal> routed = router.routeAll(batch);
        RoutedProposal now = routed.get(0);
        if (now.failed()) {
            return new WhatIf(router.hash(), true, List.of(), variants.size());
        }
        List<ProgrammeWhatIf> programmes = new ArrayList<>();
        for (Map.Entry<String, Eligibility> target : targets(now, proposal, thresholds).entrySet()) {
            programmes.add(new ProgrammeWhatIf(target.getKey(), target.getValue(),
                    changes(target.getKey(), variants, routed, thresholds)));
        }
        return new WhatIf(router.hash(), false, programmes, variants.size());
    }

    /** Programmes INELIGIBLE or CONDITIONAL now, and those serving a category of the proposal not recommended. */
    private static Map<String, Eligibility> targets(RoutedProposal now, Proposal proposal, RuleThresholds thresholds) {
        Map<String, Eligibility> targets = new java.util.TreeMap<>();
        for (RoutedRecommendation r : now.recommendations()) {
            if (r.eligibility() != Eligibility.ELIGIBLE && !BACKLOG.equals(r.programme())) {
                targets.put(r.programme(), r.eligibility());
            }
        }
        for (Category category : proposal.getCategories()) {
            for (String programme : thresholds.servingProgrammes(category)) {
                if (now.recommendation(programme).isEmpty()) {
                    targets.put(programme, null);
                }
            }
        }
        return targets;
    }

    private static List<Change> changes(String programme, List<Variant> variants, List<RoutedProposal> routed,
                                        RuleThresholds thresholds) {
        // Per field (and for sets per add/remove), in the order the variants were made.
        Map<String, List<Variant>> working = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            RoutedProposal r = routed.get(i + 1);
            boolean eligible = !r.failed() && r.recommendation(programme)
                    .filter(rec -> rec.eligibility() == Eligibility.ELIGIBLE).isPresent();
            if (eligible) {
                Variant v = variants.get(i);
                working.computeIfAbsent(v.path() + "#" + v.kind(), k -> new ArrayList<>()).add(v);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (List<Variant> same : working.values()) {
            Variant first = same.get(0);
            if (first.to() instanceof Number) {
                changes.add(nearest(same, thresholds.at(first.path())));
            } else {
                changes.add(new Change(first.path(), first.kind(), first.from(),
                        same.stream().map(Variant::to).toList(), Change.Bound.ONE_OF));
            }
        }
        return changes;
    }

    /**
     * Of the numbers routed to ELIGIBLE, the one nearest to what was asked, said as a bound on the threshold
     * it tests: 16 working below 24 is "at most 16"; 257 working above 256 (256 itself not) is "above 256".
     */
    private static Change nearest(List<Variant> working, SortedSet<BigDecimal> thresholds) {
        Variant first = working.get(0);
        BigDecimal from = first.from() == null ? BigDecimal.ZERO : Numbers.decimal(first.from());
        Variant best = working.stream().min((a, b) -> Numbers.decimal(a.to()).subtract(from).abs()
                .compareTo(Numbers.decimal(b.to()).subtract(from).abs())).orElseThrow();
        BigDecimal value = Numbers.decimal(best.to());
        boolean down = value.compareTo(from) < 0;
        TreeSet<BigDecimal> lines = new TreeSet<>(thresholds);
        BigDecimal threshold;
        Change.Bound bound;
        if (contains(lines, value)) {
            threshold = value;
            bound = down ? Change.Bound.AT_MOST : Change.Bound.AT_LEAST;
        } else {
            // value is one unit off a threshold: the threshold on the side of what was asked.
            BigDecimal line = down ? lines.ceiling(value) : lines.floor(value);
            threshold = line == null ? value : line;
            bound = down ? Change.Bound.BELOW : Change.Bound.ABOVE;
        }
        Object shown = Numbers.as(threshold, best.to().getClass());
        return new Change(first.path(), first.kind(), first.from(), List.of(Objects.requireNonNullElse(shown, threshold)),
                bound);
    }

    private static boolean contains(TreeSet<BigDecimal> set, BigDecimal value) {
        BigDecimal at = set.ceiling(value);
        return at != null && at.compareTo(value) == 0;
    }
}
