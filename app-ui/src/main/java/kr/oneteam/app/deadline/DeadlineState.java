package kr.oneteam.app.deadline;

import java.util.Set;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * Where a proposal stands against its reply deadline (decision record 100). Open proposals are ON_TRACK, DUE_SOON
 * (due within {@link #DUE_SOON_DAYS} days, today included) or OVERDUE; a replied or closed one is ANSWERED; NONE
 * when no programme or sandbox track of the proposal carries a deadline. Labels: {@code deadline.state.*}.
 */
public enum DeadlineState {
    OVERDUE,
    DUE_SOON,
    ON_TRACK,
    ANSWERED,
    NONE;

    public static final int DUE_SOON_DAYS = 7;

    /** The statuses in which the company still waits for the ministry's answer. */
    public static final Set<ProposalStatus> OPEN = Set.of(ProposalStatus.NEW, ProposalStatus.AWAITING_REVIEW,
            ProposalStatus.NEEDS_INFO, ProposalStatus.DECIDED);

    public String labelKey() {
        return "deadline.state." + name();
    }
}
