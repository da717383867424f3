package kr.oneteam.app.queue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.criteria.Predicate;
import kr.oneteam.app.deadline.DeadlineRules;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.deadline.ReplyDue;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 검토함's queries: one page of rows (only the columns the grid shows, paged and sorted in SQL), the
 * total, and the counts per status in one GROUP BY. Never loads all proposals.
 */
@Service
public class QueueService {

    /** Grid sort keys the database may sort by; anything else falls back to newest first. */
    private static final Set<String> SORTABLE = Set.of("status", "receivedAt", "companyName", "topScore",
            "eligibleCount", "nextFollowUpDue", "assignee");

    private final EntityManager entityManager;
    private final ReplyDeadlines deadlines;

    QueueService(EntityManager entityManager, ReplyDeadlines deadlines) {
        this.entityManager = entityManager;
        this.deadlines = deadlines;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<QueueRow> page(QueueFilter filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        query.multiselect(p.get("id"), p.get("status"), p.get("receivedAt"), p.get("companyName"), p.get("title"),
                p.get("sizeClass"), p.get("categories"), p.get("topProgramme"),
                p.get("topScore"), p.get("eligibleCount"), p.get("nextFollowUpDue"), p.get("assignee"),
                p.get("sandboxTrack"));
        DeadlineRules rules = deadlines.rules();
        LocalDate deadlineDay = deadlines.today();
        query.where(QueueSpecification.where(filter, p, query, cb, Formats.todayInSeoul(), rules, deadlineDay));
        query.orderBy(order(pageable.getSort(), p, cb));
        List<Tuple> rows = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        // The reply deadline of the page's rows only (issue 10), from what this query read; the rows'
        // recommendations are read only when a programme carries a deadline.
        Map<Long, ReplyDue> due = deadlines.dueOf(rows.stream().map(t -> new ReplyDeadlines.Received(t.get(0, Long.class),
                t.get(2, OffsetDateTime.class), t.get(1, ProposalStatus.class), t.get(12, SandboxTrack.class))).toList(),
                rules, deadlineDay);
        return rows.stream().map(t -> row(t, due.getOrDefault(t.get(0, Long.class), ReplyDue.NONE))).toList();
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Proposal> p = query.from(Proposal.class);
        query.select(cb.count(p)).where(where(filter, p, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * The ids the filter selects, ascending, after {@code afterId}, at most {@code limit}: keyset pages for work
     * over a whole selection (the impact simulation), so that no page is skipped or read twice while it runs.
     */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<Long> idsAfter(QueueFilter filter, long afterId, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Proposal> p = query.from(Proposal.class);
        query.select(p.get("id"))
                .where(cb.and(QueueSpecification.where(filter, p, query, cb, Formats.todayInSeoul()),
                        cb.greaterThan(p.get("id"), afterId)))
                .orderBy(cb.asc(p.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** Counts per status under the filter, in one GROUP BY query. */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public Map<ProposalStatus, Long> countsByStatus(QueueFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        query.multiselect(p.get("status"), cb.count(p))
                .where(where(filter, p, query, cb))
                .groupBy(p.get("status"));
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        entityManager.createQuery(query).getResultList()
                .forEach(t -> counts.put(t.get(0, ProposalStatus.class), t.get(1, Long.class)));
        return counts;
    }

    /**
     * What 검토함 shows above its grid: the counts per status under the filter without its own status, and the
     * filter's total — which those counts already hold (their sum, or the one status filtered on). One GROUP BY
     * instead of a GROUP BY and a COUNT over the same rows: the whole screen is then two queries (issue 10, queue
     * speed on PostgreSQL).
     */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public ScreenCounts screenCounts(QueueFilter filter) {
        Map<ProposalStatus, Long> byStatus = countsByStatus(filter.withStatus(null));
        long total = filter.status() != null ? byStatus.getOrDefault(filter.status(), 0L)
                : byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new ScreenCounts(total, byStatus);
    }

    /** The filter's total and the per-status counts beside it. */
    public record ScreenCounts(long total, Map<ProposalStatus, Long> byStatus) {
        public ScreenCounts {
            byStatus = Map.copyOf(byStatus);
        }
    }

    /** The rules are read only when the filter asks for a deadline state. */
    private Predicate where(QueueFilter filter, Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb) {
        if (filter.deadline() == null) {
            return QueueSpecification.where(filter, p, query, cb, Formats.todayInSeoul());
        }
        return QueueSpecification.where(filter, p, query, cb, Formats.todayInSeoul(), deadlines.rules(), deadlines.today());
    }

    private static List<Order> order(Sort sort, Root<Proposal> p, CriteriaBuilder cb) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order o : sort) {
            if (SORTABLE.contains(o.getProperty())) {
                orders.add(o.isAscending() ? cb.asc(p.get(o.getProperty())) : cb.desc(p.get(o.getProperty())));
            }
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(p.get("receivedAt")));
        }
        // A unique tie-breaker keeps pages stable: no row shows twice or never when values repeat.
        orders.add(cb.desc(p.get("id")));
        return orders;
    }

    @SuppressWarnings("unchecked")
    private static QueueRow row(Tuple t, ReplyDue due) {
        ProgrammeCode top = t.get(7, ProgrammeCode.class);
        OffsetDateTime received = t.get(2, OffsetDateTime.class);
        Integer eligible = t.get(9, Integer.class);
        return new QueueRow(t.get(0, Long.class), t.get(1, ProposalStatus.class), received.toInstant(),
                t.get(3, String.class), t.get(4, String.class), t.get(5, SizeClass.class),
                t.get(6) == null ? Set.of() : (Set<Category>) t.get(6), top == null ? null : top.value(), t.get(8, Integer.class),
                eligible == null ? 0 : eligible, t.get(10, LocalDate.class), t.get(11, String.class),
                due);
    }
}
