package kr.oneteam.app.followup;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.deadline.DeadlineRules;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.deadline.ReplyDue;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's due dates: the open follow-ups they own, and the reply deadlines of the open proposals assigned to
 * them. "My follow-ups" reads them for the signed-in user; the calendar feed for the feed token's owner.
 */
@Service
public class MyDueDates {

    /** A feed of more is no calendar anyone reads; the oldest open items come first. */
    static final int MAX_ITEMS = 2_000;

    private final EntityManager entityManager;
    private final ReplyDeadlines deadlines;

    MyDueDates(EntityManager entityManager, ReplyDeadlines deadlines) {
        this.entityManager = entityManager;
        this.deadlines = deadlines;
    }

    /** The signed-in user's open follow-ups, by due date. */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<DueItem> myFollowUps() {
        return followUpsOf(CurrentUser.require());
    }

    public LocalDate today() {
        return deadlines.today();
    }

    /** Follow-ups and reply deadlines of {@code username}; called by the feed after its token was checked. */
    @Transactional(readOnly = true)
    List<DueItem> allOf(String username) {
        List<DueItem> items = new ArrayList<>(followUpsOf(username));
        items.addAll(replyDeadlinesOf(username));
        items.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::proposalId));
        return items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items;
    }

    private List<DueItem> followUpsOf(String username) {
        return entityManager.createQuery("select f.id, p.id, p.companyName, p.title, f.action, f.due from FollowUp f"
                        + " join f.proposal p where f.owner = :owner and f.done = false order by f.due, f.id", Object[].class)
                .setParameter("owner", username).setMaxResults(MAX_ITEMS).getResultList().stream()
                .map(r -> new DueItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (LocalDate) r[5]))
                .toList();
    }

    private List<DueItem> replyDeadlinesOf(String username) {
        DeadlineRules rules = deadlines.rules();
        if (rules.rules().isEmpty()) {
            return List.of();
        }
        List<Object[]> assigned = entityManager.createQuery("select p.id, p.companyName, p.title from Proposal p"
                        + " where p.assignee = :me and p.status in :open order by p.receivedAt", Object[].class)
                .setParameter("me", username).setParameter("open", DeadlineState.OPEN)
                .setMaxResults(MAX_ITEMS).getResultList();
        Map<Long, ReplyDue> due = deadlines.dueOf(assigned.stream().map(r -> (Long) r[0]).toList(), rules, deadlines.today());
        List<DueItem> items = new ArrayList<>();
        for (Object[] r : assigned) {
            ReplyDue d = due.get((Long) r[0]);
            if (d != null && d.due() != null) {
                items.add(new DueItem(null, (Long) r[0], (String) r[1], (String) r[2], null, d.due()));
            }
        }
        return items;
    }
}
