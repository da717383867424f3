package kr.oneteam.app.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/** The queue filter each bar opens: the dashboard's scope narrowed to the bar. */
final class Links {

    private Links() {
    }

    static QueueFilter category(QueueFilter f, Category category) {
        return new QueueFilter(f.status(), f.programme(), f.eligibility(), category, f.sizeClass(), f.region(),
                f.receivedFrom(), f.receivedTo(), f.text(), f.overdueOnly(), f.assignee(), f.channel(), f.deadline());
    }

    static QueueFilter sizeAndRegion(QueueFilter f, SizeClass size, Region region) {
        return new QueueFilter(f.status(), f.programme(), f.eligibility(), f.category(), size, region,
                f.receivedFrom(), f.receivedTo(), f.text(), f.overdueOnly(), f.assignee(), f.channel(), f.deadline());
    }

    /** One week, within the scope's own days. */
    static QueueFilter week(QueueFilter f, LocalDate monday) {
        LocalDate from = f.receivedFrom() != null && f.receivedFrom().isAfter(monday) ? f.receivedFrom() : monday;
        LocalDate sunday = monday.plusDays(6);
        LocalDate to = f.receivedTo() != null && f.receivedTo().isBefore(sunday) ? f.receivedTo() : sunday;
        return f.withReceived(from, to);
    }

    /**
     * The backlog's proposals; for R-BKL-01's "정책과제 이관: {category}" also that category, so the link opens the
     * proposals of that theme (the queue cannot filter by a reason's text).
     */
    static QueueFilter backlog(QueueFilter f, String reasonText) {
        QueueFilter backlog = f.withProgramme("BACKLOG", null);
        return Arrays.stream(Category.values()).filter(c -> reasonText.endsWith(": " + c.korean())).findFirst()
                .map(c -> category(backlog, c)).orElse(backlog);
    }

    /** Overdue follow-ups: the queue's own follow-up filter. */
    static QueueFilter overdueFollowUps(QueueFilter f) {
        return new QueueFilter(f.status(), f.programme(), f.eligibility(), f.category(), f.sizeClass(), f.region(),
                f.receivedFrom(), f.receivedTo(), f.text(), true, f.assignee(), f.channel(), f.deadline());
    }
}
