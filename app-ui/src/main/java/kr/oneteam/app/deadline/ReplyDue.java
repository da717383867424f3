package kr.oneteam.app.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A proposal's reply deadline: the earliest day any of its rules gives, and its state on {@code today}. */
public record ReplyDue(LocalDate due, DeadlineState state, long daysLeft) {

    public static final ReplyDue NONE = new ReplyDue(null, DeadlineState.NONE, 0);

    static ReplyDue of(LocalDate due, boolean open, LocalDate today) {
        if (due == null) {
            return NONE;
        }
        long left = ChronoUnit.DAYS.between(today, due);
        DeadlineState state = !open ? DeadlineState.ANSWERED
                : left < 0 ? DeadlineState.OVERDUE
                : left <= DeadlineState.DUE_SOON_DAYS ? DeadlineState.DUE_SOON
                : DeadlineState.ON_TRACK;
        return new ReplyDue(due, state, left);
    }
}
