package kr.oneteam.app.review;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up action: what, who owns it, when it is due, and when it was done (null while open). */
public record FollowUpLine(long id, String action, String owner, LocalDate due, Instant doneAt, String doneBy) {

    public boolean isDone() {
        return doneAt != null;
    }
}
