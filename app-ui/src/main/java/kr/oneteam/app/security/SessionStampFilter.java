package kr.oneteam.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose account was disabled, got other roles or a new password since it signed in:
 * every request of the UI (page loads and Vaadin's own round trips alike) compares the stamp the session signed
 * in under with the account's current one ({@link AccountStamps}, at most a second old). On a mismatch the HTTP
 * session — and with it the Vaadin session and its UI state — is invalidated and the request goes on
 * anonymous, so Vaadin answers it as an expired session and the browser lands on the login page.
 */
final class SessionStampFilter extends OncePerRequestFilter {

    private final AccountStamps stamps;

    SessionStampFilter(AccountStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                && !stillValid(account)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(SignedInAccount account) {
        Optional<AccountStamps.Stamp> now = stamps.current(account.getUsername());
        return now.isPresent() && now.get().enabled() && now.get().stamp() == account.securityStamp();
    }
}
