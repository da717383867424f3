package kr.oneteam.app.queue;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.deadline.DeadlineRules;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.persistence.EnumSetConverter;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalSpecifications;
import kr.oneteam.domain.recommendation.Recommendation;

/**
 * The queue filter as SQL predicates on the proposal's own (denormalised) columns; only the programme and
 * eligibility filters read the recommendations, as subqueries on their index. Nothing is filtered in memory.
 */
public final class QueueSpecification {

    private QueueSpecification() {
    }

    public static Predicate where(QueueFilter f, Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb, LocalDate today) {
        return where(f, p, query, cb, today, DeadlineRules.none(), today);
    }

    /** With the reply-deadline rules in force and the day they are counted against (h-insight, issue 10). */
    public static Predicate where(QueueFilter f, Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb,
                                  LocalDate today, DeadlineRules deadlines, LocalDate deadlineDay) {
        List<Predicate> all = new ArrayList<>();
        if (f.channel() != null) {
            all.add(cb.equal(p.get("channel"), f.channel()));
        }
        if (f.deadline() != null) {
            all.add(deadlines.inState(f.deadline(), p, query, cb, deadlineDay));
        }
        if (f.status() != null) {
            all.add(cb.equal(p.get("status"), f.status()));
        }
        if (f.sizeClass() != null) {
            all.add(cb.equal(p.get("sizeClass"), f.sizeClass()));
        }
        if (f.region() != null) {
            all.add(cb.equal(p.get("region"), f.region()));
        }
        if (f.category() != null) {
            all.add(cb.like(p.get("categories").as(String.class), EnumSetConverter.containsPattern(f.category())));
        }
        if (f.receivedFrom() != null) {
            all.add(cb.greaterThanOrEqualTo(p.get("receivedAt"), startOf(f.receivedFrom())));
        }
        if (f.receivedTo() != null) {
            all.add(cb.lessThan(p.get("receivedAt"), startOf(f.receivedTo().plusDays(1))));
        }
        String text = f.searchText();
        if (text != null) {
            String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
            all.add(cb.or(cb.like(cb.lower(p.get("companyName")), pattern, '\\'),
                    cb.like(cb.lower(p.get("title")), pattern, '\\')));
        }
        if (f.assignee() != null) {
            all.add(cb.equal(p.get("assignee"), f.assignee()));
        }
        if (f.overdueOnly()) {
            all.add(cb.lessThan(p.get("nextFollowUpDue"), today));
        }
        if (f.eligibility() != null) {
            all.add(p.get("id").in(recommendation(f, p, query, cb)));
        } else if (f.programme() != null) {
            // A semi-join on the recommendation index (V9) rather than LIKE on programme_codes: on H2 with
            // 100,000 proposals ~9 ms against ~430 ms (domain's measurement; QueueBenchmark prints ours).
            all.add(ProposalSpecifications.recommends(ProgrammeCode.of(f.programme())).toPredicate(p, query, cb));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /**
     * Proposals with a recommendation at the eligibility (and of the programme) asked for, as an uncorrelated
     * {@code id IN (…)} on the recommendation index (programme, eligibility, proposal_id): a correlated EXISTS was
     * evaluated row by row on H2 (issue 10, queue speed).
     */
    private static Subquery<Long> recommendation(QueueFilter f, Root<Proposal> p, CriteriaQuery<?> query,
                                                 CriteriaBuilder cb) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<Recommendation> r = sub.from(Recommendation.class);
        List<Predicate> match = new ArrayList<>();
        match.add(cb.equal(r.get("eligibility"), f.eligibility()));
        if (f.programme() != null) {
            match.add(cb.equal(r.get("programme"), ProgrammeCode.of(f.programme())));
        }
        return sub.select(r.get("proposal").get("id")).where(match.toArray(Predicate[]::new));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Formats.SEOUL).toOffsetDateTime();
    }

    /** Officers type company names, not patterns: % and _ are matched literally. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
