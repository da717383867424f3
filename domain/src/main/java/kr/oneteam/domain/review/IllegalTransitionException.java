package kr.oneteam.domain.review;

/** An action that the current state does not allow, e.g. replying to a proposal that is not decided. */
public class IllegalTransitionException extends IllegalStateException {

    private final String fromState;
    private final String action;

    public IllegalTransitionException(Object fromState, String action) {
        this(fromState, action, null);
    }

    public IllegalTransitionException(Object fromState, String action, String detail) {
        super("Cannot " + action + " in state " + fromState + (detail == null ? "" : ": " + detail));
        this.fromState = String.valueOf(fromState);
        this.action = action;
    }

    public String fromState() {
        return fromState;
    }

    public String action() {
        return action;
    }
}
