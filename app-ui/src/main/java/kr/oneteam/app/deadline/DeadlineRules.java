package kr.oneteam.app.deadline;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.SandboxTrack;

/**
 * The deadline rules in force, and the deadline states as SQL predicates. A proposal received on day R (Asia/Seoul)
 * under a rule of N days is due on R + N; it is past due on day T when R + N &lt; T, i.e. when it was received before
 * the start of day T − N. So every state is a disjunction over the (few) rules of "received before an instant the
 * rule gives", computed here in Java: no date arithmetic in SQL, the same on H2 and PostgreSQL, and an index range on
 * {@code received_at} when the database wants one.
 */
public record DeadlineRules(List<DeadlineRule> rules) {

    public DeadlineRules {
        rules = List.copyOf(rules);
    }

    public static DeadlineRules none() {
        return new DeadlineRules(List.of());
    }

    /** The earliest due day for a proposal received on {@code received} with these recommended programmes and track. */
    public Optional<LocalDate> due(LocalDate received, Collection<String> positiveProgrammes, SandboxTrack track) {
        return rules.stream().filter(r -> r.track() != null ? r.track() == track : positiveProgrammes.contains(r.programme()))
                .map(r -> received.plusDays(r.days())).min(LocalDate::compareTo);
    }

    /** Proposals in {@code state} on {@code today}. */
    public Predicate inState(DeadlineState state, Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb,
                             LocalDate today) {
        Predicate open = p.get("status").in(DeadlineState.OPEN);
        Predicate applies = anyApplies(p, query, cb);
        Predicate overdue = dueBefore(today, p, query, cb);
        Predicate dueWithinWeek = dueBefore(today.plusDays(DeadlineState.DUE_SOON_DAYS + 1L), p, query, cb);
        return switch (state) {
            case NONE -> cb.not(applies);
            case ANSWERED -> cb.and(cb.not(open), applies);
            case OVERDUE -> cb.and(open, overdue);
            case DUE_SOON -> cb.and(open, cb.not(overdue), dueWithinWeek);
            case ON_TRACK -> cb.and(open, applies, cb.not(dueWithinWeek));
        };
    }

    /** Some rule applies and gives a due day before {@code day}. */
    private Predicate dueBefore(LocalDate day, Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Predicate any = cb.disjunction();
        for (DeadlineRule rule : rules) {
            OffsetDateTime receivedBefore = day.minusDays(rule.days()).atStartOfDay(Formats.SEOUL).toOffsetDateTime();
            any = cb.or(any, cb.and(applies(rule, p, query, cb), cb.lessThan(p.get("receivedAt"), receivedBefore)));
        }
        return any;
    }

    private Predicate anyApplies(Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Predicate any = cb.disjunction();
        for (DeadlineRule rule : rules) {
            any = cb.or(any, applies(rule, p, query, cb));
        }
        return any;
    }

    private static Predicate applies(DeadlineRule rule, Root<Proposal> p, CriteriaQuery<?> query, CriteriaBuilder cb) {
        if (rule.track() != null) {
            // A proposal without a regulation block has no track (NULL): "not applies" must be TRUE for it, and
            // NOT (NULL = x) is NULL in SQL, so the NULL is ruled out first (FALSE AND NULL is FALSE).
            var track = p.get("sandboxTrack");
            return cb.and(cb.isNotNull(track), cb.equal(track, rule.track()));
        }
        Subquery<Long> sub = query.subquery(Long.class);
        Root<Recommendation> r = sub.from(Recommendation.class);
        sub.select(r.get("id")).where(cb.equal(r.get("proposal"), p),
                cb.equal(r.get("programme"), ProgrammeCode.of(rule.programme())),
                cb.notEqual(r.get("eligibility"), Eligibility.INELIGIBLE));
        return cb.exists(sub);
    }
}
