package kr.oneteam.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the account services need of the signed-in session: keep the user's own session when their password
 * changes (it would otherwise end with all the others, the stamp having moved), and brake guessing of the
 * current password in the change dialog like any other sign-in.
 */
@Component
public class SignedInSessions {

    private final LoginThrottle throttle;

    SignedInSessions(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** Seconds to wait, if this account or address has failed too often lately. */
    public Optional<Long> passwordAttemptThrottled(String username) {
        LoginThrottle.Verdict verdict = throttle.check(username, address());
        return verdict.allowed() ? Optional.empty() : Optional.of(verdict.retryAfterSeconds());
    }

    public void passwordAttemptFailed(String username) {
        throttle.failed(username, address());
    }

    /** The current session now carries {@code newStamp}, so SessionStampFilter lets it on. */
    public void keepCurrentSession(long newStamp) {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().getContext();
        Authentication current = context.getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInAccount account)) {
            return;
        }
        SignedInAccount renewed = account.withStamp(newStamp);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
        authentication.setDetails(current.getDetails());
        context.setAuthentication(authentication);
        request().map(r -> r.getSession(false)).ifPresent(session -> store(session, context));
    }

    private static void store(HttpSession session, SecurityContext context) {
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    private static String address() {
        return request().map(ClientAddress::of).orElse("?");
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
