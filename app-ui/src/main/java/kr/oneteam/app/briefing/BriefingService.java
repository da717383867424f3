package kr.oneteam.app.briefing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.dashboard.Dashboard;
import kr.oneteam.app.dashboard.DashboardScope;
import kr.oneteam.app.dashboard.DashboardService;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.queue.QueueSpecification;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.FollowUp;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the briefing for a dashboard scope (an event, or dates; optionally one programme): the proposals the queue
 * would show for it, oldest first, with their recommendations, decisions, reply and open follow-ups; and the backlog
 * themes as 현황 counts them. Three queries whatever the number of lines.
 */
@Service
public class BriefingService {

    /** A briefing is read by people: past this many lines it says how many more there were. */
    public static final int MAX_LINES = 500;

    private final EntityManager entityManager;
    private final DashboardService dashboards;
    private final IntakeEvents events;
    private final Clock clock;

    BriefingService(EntityManager entityManager, DashboardService dashboards, IntakeEvents events, Clock clock) {
        this.entityManager = entityManager;
        this.dashboards = dashboards;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public Briefing briefing(DashboardScope requested) {
        Dashboard dashboard = dashboards.dashboard(requested);
        DashboardScope scope = dashboard.scope();
        List<Long> ids = ids(scope);
        List<Briefing.Line> lines = lines(ids);
        String[] title = title(scope);
        return new Briefing(title[0], title[1], scope.from(), scope.to(), clock.instant(), lines, dashboard.backlog(),
                dashboard.proposals(), dashboard.proposals() > lines.size());
    }

    private List<Long> ids(DashboardScope scope) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Proposal> p = query.from(Proposal.class);
        query.select(p.get("id")).where(QueueSpecification.where(scope.filter(), p, query, cb, Formats.todayInSeoul()))
                .orderBy(cb.asc(p.get("receivedAt")), cb.asc(p.get("id")));
        return entityManager.createQuery(query).setMaxResults(MAX_LINES).getResultList();
    }

    private List<Briefing.Line> lines(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Proposal> proposals = entityManager.createQuery("select distinct p from Proposal p"
                + " left join fetch p.recommendations where p.id in :ids", Proposal.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<Briefing.OpenFollowUp>> followUps = new HashMap<>();
        entityManager.createQuery("select f from FollowUp f where f.proposal.id in :ids and f.done = false"
                        + " order by f.due, f.id", FollowUp.class)
                .setParameter("ids", ids).getResultList()
                .forEach(f -> followUps.computeIfAbsent(f.getProposal().getId(), k -> new ArrayList<>())
                        .add(new Briefing.OpenFollowUp(f.getAction(), f.getOwner(), f.getDue())));
        return proposals.stream()
                .sorted(Comparator.comparing(Proposal::getReceivedAt).thenComparing(Proposal::getId))
                .map(p -> line(p, followUps.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    private static Briefing.Line line(Proposal p, List<Briefing.OpenFollowUp> followUps) {
        List<Briefing.Programme> recommended = new ArrayList<>();
        List<Briefing.Programme> decided = new ArrayList<>();
        for (Recommendation r : p.getRecommendations()) {
            var outcome = r.getDecision().map(d -> d.outcome()).orElse(null);
            Briefing.Programme programme = new Briefing.Programme(r.getProgramme().value(), r.getEligibility(), outcome,
                    r.isOverride());
            if (r.isPositive()) {
                recommended.add(programme);
            }
            if (outcome != null) {
                decided.add(programme);
            }
        }
        return new Briefing.Line(p.getId(), p.getReceivedAt().toInstant(), p.getCompanyName(), p.getTitle(),
                p.getCategories().stream().sorted().toList(), p.getStatus(), recommended, decided, p.getReply(), followUps);
    }

    private String[] title(DashboardScope scope) {
        if (scope.eventId() != null) {
            EventLine event = events.find(scope.eventId()).orElseThrow();
            return new String[] {event.nameKo(), event.nameEn()};
        }
        String from = scope.from() == null ? "…" : Formats.date(scope.from());
        String to = scope.to() == null ? "…" : Formats.date(scope.to());
        return new String[] {"접수 " + from + " – " + to, "Received " + from + " – " + to};
    }
}
