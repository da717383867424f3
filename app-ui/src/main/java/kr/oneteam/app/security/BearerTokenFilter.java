package kr.oneteam.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer otd_…} on {@code /api/**}: a valid token signs the request in with its account's
 * roles; an unknown, expired or revoked token is 401 (problem+json, RFC 6750 challenge) and counts as a failure
 * of the client's address in the {@link LoginThrottle}; a throttled address is 429 before any lookup.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final BearerTokens tokens;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final ProblemResponses problems;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(BearerTokens tokens, LoginThrottle throttle, LoginAudit audit, ProblemResponses problems) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        LoginThrottle.Verdict verdict = throttle.checkAddress(address);
        if (!verdict.allowed()) {
            problems.tooManyAttempts(request, response, verdict.retryAfterSeconds());
            return;
        }
        BearerTokens.Outcome outcome = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (!outcome.signedIn()) {
            throttle.failed(null, address);
            audit.failed(outcome.username(), address, "token", outcome.refusal());
            problems.unauthorized(request, response, "security.problem.token." + outcome.refusal(),
                    "Bearer realm=\"OneTeam Desk\", error=\"invalid_token\"");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(outcome.account(), null,
                outcome.account().getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }
}
