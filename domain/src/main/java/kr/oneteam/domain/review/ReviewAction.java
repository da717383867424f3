package kr.oneteam.domain.review;

import kr.oneteam.domain.vocabulary.ProposalStatus;

import java.util.EnumSet;
import java.util.Set;

import static kr.oneteam.domain.vocabulary.ProposalStatus.AWAITING_REVIEW;
import static kr.oneteam.domain.vocabulary.ProposalStatus.CLOSED;
import static kr.oneteam.domain.vocabulary.ProposalStatus.DECIDED;
import static kr.oneteam.domain.vocabulary.ProposalStatus.NEEDS_INFO;
import static kr.oneteam.domain.vocabulary.ProposalStatus.NEW;
import static kr.oneteam.domain.vocabulary.ProposalStatus.REPLIED;

/**
 * The proposal lifecycle (INTAKE.md) as a table: each action, the states it is allowed from, and the
 * state it leads to (null: the state does not change, or the proposal works it out, as for decisions).
 */
public enum ReviewAction {
    /** The rules engine routed the proposal; replacing recommendations again is allowed until a decision. */
    REPLACE_RECOMMENDATIONS("replace recommendations", EnumSet.of(NEW, AWAITING_REVIEW, NEEDS_INFO), null),
    REQUEST_INFO("request information", EnumSet.of(AWAITING_REVIEW), NEEDS_INFO),
    RECEIVE_INFO("receive information", EnumSet.of(NEEDS_INFO), AWAITING_REVIEW),
    DECIDE("decide a recommendation", EnumSet.of(AWAITING_REVIEW, DECIDED), DECIDED),
    UNDO_DECISION("reopen a recommendation", EnumSet.of(AWAITING_REVIEW, DECIDED), null),
    OVERRIDE("add a programme", EnumSet.of(AWAITING_REVIEW, NEEDS_INFO, DECIDED), null),
    DRAFT_REPLY("draft the reply", EnumSet.of(AWAITING_REVIEW, NEEDS_INFO, DECIDED), null),
    REPLY("reply", EnumSet.of(DECIDED), REPLIED),
    CLOSE("close", EnumSet.of(DECIDED, REPLIED, NEEDS_INFO), CLOSED),
    REOPEN("reopen", EnumSet.of(DECIDED, REPLIED, CLOSED), AWAITING_REVIEW),
    ADD_FOLLOW_UP("add a follow-up", EnumSet.of(AWAITING_REVIEW, NEEDS_INFO, DECIDED, REPLIED), null),
    COMPLETE_FOLLOW_UP("complete a follow-up", EnumSet.of(AWAITING_REVIEW, NEEDS_INFO, DECIDED, REPLIED, CLOSED), null),
    /** An officer takes the case (or is given it); a closed case is reopened first, so nobody owns it unseen. */
    ASSIGN("assign an officer", EnumSet.of(NEW, AWAITING_REVIEW, NEEDS_INFO, DECIDED, REPLIED), null);

    private final String description;
    private final Set<ProposalStatus> allowedFrom;
    private final ProposalStatus target;

    ReviewAction(String description, Set<ProposalStatus> allowedFrom, ProposalStatus target) {
        this.description = description;
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    public boolean isAllowedFrom(ProposalStatus status) {
        return allowedFrom.contains(status);
    }

    /** @throws IllegalTransitionException naming the state and the action when not allowed */
    public void checkAllowedFrom(ProposalStatus status) {
        if (!isAllowedFrom(status)) {
            throw new IllegalTransitionException(status, description);
        }
    }

    /** The state after this action from {@code status}; unchanged where the table has no target. */
    public ProposalStatus next(ProposalStatus status) {
        return target == null ? status : target;
    }

    public Set<ProposalStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    public String description() {
        return description;
    }
}
