package kr.oneteam.app.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.oneteam.app.dashboard.OverrideTally.Kind;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;
import org.springframework.stereotype.Component;

/**
 * Which rules officers overrule most (issue 10): per rule id and programme, how often an officer accepted what the
 * rule ruled out (an override of its INELIGIBLE recommendation), declined what it recommended, or added a programme
 * no rule proposed — and out of how many of the rule's recommendations officers acted on. A recommendation is
 * attributed to every rule that made it (its reasons' rule ids), never to the officers' own OFFICER-OVERRIDE.
 * Two GROUP BY queries over the recommendations (by their reasons column, decision 147); the rules are counted out
 * of each group's reasons here.
 */
@Component
class OverrideAnalytics {

    private final EntityManager entityManager;

    OverrideAnalytics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<OverrideTally> overrides(Scoped scope) {
        Map<String, Long> acted = acted(scope);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        Join<Proposal, Recommendation> r = p.join("recommendations");
        Predicate declinedRecommendation = cb.and(cb.isFalse(r.get("override")),
                cb.equal(r.get("decision").get("outcome"), DecisionOutcome.DECLINED),
                cb.notEqual(r.get("eligibility"), Eligibility.INELIGIBLE));
        // Reasons are a column of their recommendation (decision 147): grouped by the whole column here, then
        // counted once for each rule among them; a recommendation with no rule's reason is an added programme.
        query.multiselect(r.get("override"), r.get("reasons"), r.get("programme"), cb.count(r))
                .where(cb.and(scope.where(p, query, cb), cb.or(cb.isTrue(r.get("override")), declinedRecommendation)))
                .groupBy(r.get("override"), r.get("reasons"), r.get("programme"));
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        for (Tuple t : entityManager.createQuery(query).getResultList()) {
            boolean override = Boolean.TRUE.equals(t.get(0, Boolean.class));
            String programme = t.get(2, ProgrammeCode.class).value();
            long count = t.get(3, Long.class);
            Set<String> rules = rulesOf(t.get(1));
            if (rules.isEmpty()) {
                counts.merge(Arrays.asList(override, null, programme), count, Long::sum);
            }
            rules.forEach(rule -> counts.merge(Arrays.asList(override, rule, programme), count, Long::sum));
        }
        List<OverrideTally> tallies = new ArrayList<>();
        for (Map.Entry<List<Object>, Long> group : counts.entrySet()) {
            boolean override = (Boolean) group.getKey().get(0);
            String rule = (String) group.getKey().get(1);
            String programme = (String) group.getKey().get(2);
            Kind kind = !override ? Kind.DECLINED_RECOMMENDED : rule == null ? Kind.ADDED_UNPROPOSED : Kind.ACCEPTED_RULED_OUT;
            long count = group.getValue();
            long base = rule == null ? count : acted.getOrDefault(rule + " " + programme, count);
            tallies.add(new OverrideTally(kind, rule, programme, count, base, scope.filter().withProgramme(programme, null)));
        }
        tallies.sort(Comparator.comparingLong(OverrideTally::count).reversed()
                .thenComparing(OverrideTally::kind)
                .thenComparing(t -> t.rule() == null ? "" : t.rule())
                .thenComparing(OverrideTally::programme));
        return tallies;
    }

    /** Per "rule programme": recommendations of the rule on the programme that officers decided or overrode. */
    private Map<String, Long> acted(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        Join<Proposal, Recommendation> r = p.join("recommendations");
        query.multiselect(r.get("reasons"), r.get("programme"), cb.count(r))
                .where(cb.and(scope.where(p, query, cb),
                        cb.or(cb.isTrue(r.get("override")), cb.isNotNull(r.get("decision").get("outcome")))))
                .groupBy(r.get("reasons"), r.get("programme"));
        Map<String, Long> acted = new HashMap<>();
        for (Tuple t : entityManager.createQuery(query).getResultList()) {
            String programme = t.get(1, ProgrammeCode.class).value();
            long count = t.get(2, Long.class);
            rulesOf(t.get(0)).forEach(rule -> acted.merge(rule + " " + programme, count, Long::sum));
        }
        return acted;
    }

    /** The distinct rules of a recommendation's reasons, without the officers' own OFFICER-OVERRIDE. */
    private static Set<String> rulesOf(Object reasons) {
        Set<String> rules = new LinkedHashSet<>();
        if (reasons instanceof List<?> list) {
            for (Object reason : list) {
                String rule = ((RuleReason) reason).rule();
                if (!rule.equals(Recommendation.OVERRIDE_RULE)) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }
}
