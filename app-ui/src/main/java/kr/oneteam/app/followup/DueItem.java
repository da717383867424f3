package kr.oneteam.app.followup;

import java.time.LocalDate;

/**
 * One due date of an officer: an open follow-up they own ({@code followUpId} set) or the reply deadline of an open
 * proposal assigned to them ({@code followUpId} null). Company and texts are the stored ones, shown as text.
 */
public record DueItem(Long followUpId, long proposalId, String company, String title, String action, LocalDate due) {

    public boolean isFollowUp() {
        return followUpId != null;
    }

    public boolean isOverdue(LocalDate today) {
        return due.isBefore(today);
    }

    /** Stable across fetches, so calendar programs update an entry instead of adding a second one. */
    String uid() {
        return (isFollowUp() ? "follow-up-" + followUpId : "reply-" + proposalId) + "@oneteam-desk";
    }
}
