package kr.oneteam.app.review;

import java.util.Arrays;

/**
 * A user action the service refused for a reason the user can act on (capacity exhausted, someone else
 * saved first, a comment is missing). Carries a UI message key and its arguments, so the view says it
 * in the user's language; nothing was stored.
 */
public class ReviewRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ReviewRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
