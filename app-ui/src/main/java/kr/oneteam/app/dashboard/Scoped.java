package kr.oneteam.app.dashboard;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import kr.oneteam.app.deadline.DeadlineRules;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueSpecification;
import kr.oneteam.domain.proposal.Proposal;

/** The scope's WHERE for one query: the queue's own predicates, so a count and the queue it links to agree. */
record Scoped(QueueFilter filter, DeadlineRules rules, LocalDate today) {

    Predicate where(Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb) {
        return QueueSpecification.where(filter, p, query, cb, Formats.todayInSeoul(), rules, today);
    }

    /** {@code sum(case when condition then 1 else 0 end)}: counts rows meeting it in the same scan. */
    static Expression<Long> countWhere(CriteriaBuilder cb, Predicate condition) {
        return cb.sum(cb.<Long>selectCase().when(condition, 1L).otherwise(0L));
    }
}
