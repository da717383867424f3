package kr.oneteam.app.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Two GROUP BY queries.
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
        Join<Recommendation, RuleReason> reason = r.join("reasons", JoinType.LEFT);
        reason.on(cb.notEqual(reason.get("rule"), Recommendation.OVERRIDE_RULE));
        Predicate declinedRecommendation = cb.and(cb.isFalse(r.get("override")),
                cb.equal(r.get("decision").get("outcome"), DecisionOutcome.DECLINED),
                cb.notEqual(r.get("eligibility"), Eligibility.INELIGIBLE));
        query.multiselect(r.get("override"), reason.get("rule"), r.get("programme"), cb.countDistinct(r))
                .where(cb.and(scope.where(p, query, cb), cb.or(cb.isTrue(r.get("override")), declinedRecommendation)))
                .groupBy(r.get("override"), reason.get("rule"), r.get("programme"));
        List<OverrideTally> tallies = new ArrayList<>();
        for (Tuple t : entityManager.createQuery(query).getResultList()) {
            boolean override = Boolean.TRUE.equals(t.get(0, Boolean.class));
            String rule = t.get(1, String.class);
            String programme = t.get(2, ProgrammeCode.class).value();
            Kind kind = !override ? Kind.DECLINED_RECOMMENDED : rule == null ? Kind.ADDED_UNPROPOSED : Kind.ACCEPTED_RULED_OUT;
            long count = t.get(3, Long.class);
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
        Join<Recommendation, RuleReason> reason = r.join("reasons");
        query.multiselect(reason.get("rule"), r.get("programme"), cb.countDistinct(r))
                .where(cb.and(scope.where(p, query, cb),
                        cb.notEqual(reason.get("rule"), Recommendation.OVERRIDE_RULE),
                        cb.or(cb.isTrue(r.get("override")), cb.isNotNull(r.get("decision").get("outcome")))))
                .groupBy(reason.get("rule"), r.get("programme"));
        Map<String, Long> acted = new HashMap<>();
        entityManager.createQuery(query).getResultList().forEach(t -> acted.put(
                t.get(0, String.class) + " " + t.get(1, ProgrammeCode.class).value(), t.get(2, Long.class)));
        return acted;
    }
}
