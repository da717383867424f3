package kr.oneteam.app.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.persistence.EnumSetConverter;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.springframework.stereotype.Component;

/**
 * The dashboard's proposal counts, each one query that the database answers with GROUP BY or with
 * {@code sum(case …)} over one scan; nothing is counted in Java but the rows the database returns.
 */
@Component
class ProposalCounts {

    /** Weeks shown when the scope gives no dates: the last 26 up to the newest proposal. */
    static final int WEEKS_WITHOUT_DATES = 26;
    /** At most this many weeks in one chart (two years). */
    static final int MAX_WEEKS = 104;

    private final EntityManager entityManager;

    ProposalCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    long total(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Proposal> p = query.from(Proposal.class);
        query.select(cb.count(p)).where(scope.where(p, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Per category, in one scan: a proposal with two categories counts once in each. */
    List<Tally<Category>> byCategory(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        Category[] categories = Category.values();
        List<jakarta.persistence.criteria.Selection<?>> sums = new ArrayList<>();
        for (Category c : categories) {
            sums.add(Scoped.countWhere(cb, cb.like(p.get("categories").as(String.class), EnumSetConverter.containsPattern(c))));
        }
        query.multiselect(sums).where(scope.where(p, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        List<Tally<Category>> tallies = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            long n = number(row.get(i));
            if (n > 0) {
                tallies.add(new Tally<>(categories[i], n, Links.category(scope.filter(), categories[i])));
            }
        }
        tallies.sort((a, b) -> Long.compare(b.count(), a.count()));
        return tallies;
    }

    List<ProgrammeTally> byProgrammeAndEligibility(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        Join<Proposal, Recommendation> r = p.join("recommendations");
        query.multiselect(r.get("programme"), r.get("eligibility"), cb.count(r))
                .where(scope.where(p, query, cb))
                .groupBy(r.get("programme"), r.get("eligibility"))
                .orderBy(cb.asc(r.get("programme")), cb.asc(r.get("eligibility")));
        return entityManager.createQuery(query).getResultList().stream().map(t -> {
            String code = t.get(0, ProgrammeCode.class).value();
            Eligibility eligibility = t.get(1, Eligibility.class);
            return new ProgrammeTally(code, eligibility, t.get(2, Long.class),
                    scope.filter().withProgramme(code, eligibility));
        }).toList();
    }

    List<SizeRegionTally> bySizeAndRegion(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        var size = p.get("companySnapshot").get("sizeClass");
        var region = p.get("companySnapshot").get("region");
        query.multiselect(size, region, cb.count(p)).where(scope.where(p, query, cb)).groupBy(size, region)
                .orderBy(cb.asc(size), cb.asc(region));
        return entityManager.createQuery(query).getResultList().stream().map(t -> {
            SizeClass s = t.get(0, SizeClass.class);
            Region g = t.get(1, Region.class);
            return new SizeRegionTally(s, g, t.get(2, Long.class), Links.sizeAndRegion(scope.filter(), s, g));
        }).toList();
    }

    /**
     * Intake per week (Monday to Sunday, Asia/Seoul): the weeks the scope's dates cover, or the last
     * {@link #WEEKS_WITHOUT_DATES} up to the newest proposal; one {@code sum(case)} per week in one scan.
     */
    List<Tally<LocalDate>> perWeek(Scoped scope) {
        LocalDate first = scope.filter().receivedFrom();
        LocalDate last = scope.filter().receivedTo();
        if (first == null || last == null) {
            OffsetDateTime[] range = receivedRange(scope);
            if (range == null) {
                return List.of();
            }
            LocalDate newest = range[1].atZoneSameInstant(Formats.SEOUL).toLocalDate();
            LocalDate oldest = range[0].atZoneSameInstant(Formats.SEOUL).toLocalDate();
            last = last == null ? newest : last;
            first = first == null ? latest(oldest, monday(last).minusWeeks(WEEKS_WITHOUT_DATES - 1L)) : first;
        }
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate m = monday(first); !m.isAfter(last) && mondays.size() < MAX_WEEKS; m = m.plusWeeks(1)) {
            mondays.add(m);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        List<jakarta.persistence.criteria.Selection<?>> sums = new ArrayList<>();
        for (LocalDate monday : mondays) {
            sums.add(Scoped.countWhere(cb, cb.and(
                    cb.greaterThanOrEqualTo(p.get("receivedAt"), startOf(monday)),
                    cb.lessThan(p.get("receivedAt"), startOf(monday.plusWeeks(1))))));
        }
        query.multiselect(sums).where(scope.where(p, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        List<Tally<LocalDate>> weeks = new ArrayList<>();
        for (int i = 0; i < mondays.size(); i++) {
            LocalDate monday = mondays.get(i);
            weeks.add(new Tally<>(monday, number(row.get(i)), Links.week(scope.filter(), monday)));
        }
        return weeks;
    }

    /** Per reply-deadline state, in one scan. */
    List<Tally<DeadlineState>> byDeadline(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        DeadlineState[] states = DeadlineState.values();
        List<jakarta.persistence.criteria.Selection<?>> sums = new ArrayList<>();
        for (DeadlineState s : states) {
            sums.add(Scoped.countWhere(cb, scope.rules().inState(s, p, query, cb, scope.today())));
        }
        query.multiselect(sums).where(scope.where(p, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        return Arrays.stream(states).map(s -> new Tally<>(s, number(row.get(s.ordinal())),
                scope.filter().withDeadline(s))).toList();
    }

    /**
     * The policy backlog: BACKLOG reasons by theme, ranked by how many distinct companies raised each. Reasons are a
     * column of their recommendation (decision 147): the database groups BACKLOG recommendations by that column and
     * company, and each reason in a group is counted here. A proposal has at most one BACKLOG recommendation
     * ({@code Proposal.recommendationFor}), so the recommendations of a reason are its proposals.
     */
    List<BacklogItem> backlog(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        Join<Proposal, Recommendation> r = p.join("recommendations");
        query.multiselect(r.get("reasons"), p.get("company").get("id"), cb.count(r))
                .where(cb.and(scope.where(p, query, cb), cb.equal(r.get("programme"), ProgrammeCode.of("BACKLOG"))))
                .groupBy(r.get("reasons"), p.get("company").get("id"));
        Map<RuleReason, java.util.Set<Long>> companies = new java.util.HashMap<>();
        Map<RuleReason, Long> proposals = new java.util.HashMap<>();
        for (Tuple t : entityManager.createQuery(query).getResultList()) {
            Long company = t.get(1, Long.class);
            long count = t.get(2, Long.class);
            if (t.get(0) instanceof List<?> reasons) {
                for (Object distinct : new java.util.LinkedHashSet<>(reasons)) {
                    RuleReason reason = (RuleReason) distinct;
                    companies.computeIfAbsent(reason, x -> new java.util.HashSet<>()).add(company);
                    proposals.merge(reason, count, Long::sum);
                }
            }
        }
        return companies.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<RuleReason, java.util.Set<Long>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().rule()).thenComparing(e -> e.getKey().text()))
                .map(e -> new BacklogItem(e.getKey().rule(), e.getKey().text(), e.getValue().size(),
                        proposals.get(e.getKey()), Links.backlog(scope.filter(), e.getKey().text())))
                .toList();
    }

    private OffsetDateTime[] receivedRange(Scoped scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> p = query.from(Proposal.class);
        query.multiselect(cb.least(p.<OffsetDateTime>get("receivedAt")), cb.greatest(p.<OffsetDateTime>get("receivedAt")))
                .where(scope.where(p, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        return row.get(0) == null ? null : new OffsetDateTime[] {row.get(0, OffsetDateTime.class), row.get(1, OffsetDateTime.class)};
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Formats.SEOUL).toOffsetDateTime();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
