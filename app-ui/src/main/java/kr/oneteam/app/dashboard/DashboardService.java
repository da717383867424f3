package kr.oneteam.app.dashboard;

import java.time.LocalDate;
import kr.oneteam.app.deadline.DeadlineRules;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 현황 (issue 10): every figure of the dashboard for one scope, in one read-only transaction. Each figure is one query
 * the database counts (GROUP BY or {@code sum(case …)}); no proposal is loaded. For OFFICER, ANALYST and ADMIN.
 */
@Service
public class DashboardService {

    private final ProposalCounts proposals;
    private final OverrideAnalytics overrides;
    private final FollowUpCounts followUps;
    private final ReplyDeadlines deadlines;
    private final ProgrammeService programmes;
    private final IntakeEvents events;

    DashboardService(ProposalCounts proposals, OverrideAnalytics overrides, FollowUpCounts followUps,
                     ReplyDeadlines deadlines, ProgrammeService programmes, IntakeEvents events) {
        this.proposals = proposals;
        this.overrides = overrides;
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.programmes = programmes;
        this.events = events;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public Dashboard dashboard(DashboardScope requested) {
        DashboardScope scope = resolve(requested);
        LocalDate today = deadlines.today();
        DeadlineRules rules = deadlines.rules();
        Scoped scoped = new Scoped(scope.filter(), rules, today);
        return new Dashboard(scope, today, proposals.total(scoped), proposals.byCategory(scoped),
                proposals.byProgrammeAndEligibility(scoped), proposals.bySizeAndRegion(scoped),
                proposals.perWeek(scoped), proposals.byDeadline(scoped), proposals.backlog(scoped),
                followUps.summary(scoped), programmes.catalogue().stream().filter(ProgrammeCapacity::isLimited).toList(),
                overrides.overrides(scoped));
    }

    /** An event stands for its channel and days; a scope naming an unknown event is refused, not widened. */
    private DashboardScope resolve(DashboardScope scope) {
        if (scope.eventId() == null) {
            return scope;
        }
        EventLine event = events.find(scope.eventId()).orElseThrow(() -> new ReviewRefused("event.unknown", scope.eventId()));
        return DashboardScope.ofEvent(event).withProgramme(scope.programme());
    }
}
