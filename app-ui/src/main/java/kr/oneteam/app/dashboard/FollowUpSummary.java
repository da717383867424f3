package kr.oneteam.app.dashboard;

import java.util.List;

/** Open follow-ups of the scope's proposals: all, due from today to Sunday, overdue; and the same per owner. */
public record FollowUpSummary(long open, long dueThisWeek, long overdue, List<Owner> owners) {

    public record Owner(String owner, long open, long dueThisWeek, long overdue) {
    }
}
