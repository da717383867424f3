package kr.oneteam.app.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.review.FollowUp;
import org.springframework.stereotype.Component;

/** Open follow-ups of the scope's proposals — all, due this week, overdue — in total and per owner: one GROUP BY. */
@Component
class FollowUpCounts {

    private final EntityManager entityManager;

    FollowUpCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    FollowUpSummary summary(Scoped scope) {
        LocalDate today = scope.today();
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<FollowUp> f = query.from(FollowUp.class);
        Subquery<Long> inScope = query.subquery(Long.class);
        Root<Proposal> p = inScope.from(Proposal.class);
        inScope.select(p.get("id")).where(scope.where(p, query, cb));
        Predicate dueThisWeek = cb.between(f.get("due"), today, sunday);
        Predicate overdue = cb.lessThan(f.get("due"), today);
        query.multiselect(f.get("owner"), cb.count(f), Scoped.countWhere(cb, dueThisWeek), Scoped.countWhere(cb, overdue))
                .where(cb.isFalse(f.get("done")), f.get("proposal").get("id").in(inScope))
                .groupBy(f.get("owner"))
                .orderBy(cb.desc(cb.count(f)), cb.asc(f.get("owner")));
        List<FollowUpSummary.Owner> owners = entityManager.createQuery(query).getResultList().stream()
                .map(t -> new FollowUpSummary.Owner(t.get(0, String.class), t.get(1, Long.class),
                        ProposalCounts.number(t.get(2)), ProposalCounts.number(t.get(3)))).toList();
        return new FollowUpSummary(owners.stream().mapToLong(FollowUpSummary.Owner::open).sum(),
                owners.stream().mapToLong(FollowUpSummary.Owner::dueThisWeek).sum(),
                owners.stream().mapToLong(FollowUpSummary.Owner::overdue).sum(), owners);
    }
}
