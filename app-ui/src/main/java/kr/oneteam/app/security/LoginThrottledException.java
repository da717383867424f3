package kr.oneteam.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refused before any password check: too many recent failures for this account or address (LoginThrottle). */
public class LoginThrottledException extends AuthenticationException {

    private final transient LoginThrottle.Verdict verdict;

    LoginThrottledException(LoginThrottle.Verdict verdict) {
        super("too many failed sign-ins; retry after " + verdict.retryAfterSeconds() + " s");
        this.verdict = verdict;
    }

    public long retryAfterSeconds() {
        return verdict.retryAfterSeconds();
    }

    public Duration retryAfter() {
        return verdict.retryAfter();
    }
}
