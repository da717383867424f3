package kr.oneteam.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form's POST must carry the CSRF token of the page it was sent from. Vaadin's VaadinWebSecurity
 * exempts its login path from Spring's CSRF check (its own {@code <vaadin-login-form>} posts the token only when
 * the page has the {@code _csrf} meta tags, which Vaadin's bootstrap page does add), so this filter puts the
 * check back for exactly that request: login CSRF (an attacker's page signing a victim into the attacker's
 * account) is refused with 403 before any password is looked at.
 */
final class LoginCsrfCheck extends OncePerRequestFilter {

    private final String loginPath;
    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    LoginCsrfCheck(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The stored (unmasked) token, as Spring's CsrfFilter left it; the request attribute CsrfToken is a
        // freshly masked copy and would never match.
        CsrfToken expected = request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred
                ? deferred.get() : null;
        String sent = expected == null ? null : tokens.resolveCsrfTokenValue(request, expected);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getToken().getBytes(StandardCharsets.UTF_8))) {
            // Not sendError: the error page would be behind the login and answer with a redirect instead of 403.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("CSRF token missing or wrong: reload the login page and sign in again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
