package kr.oneteam.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready — the same readiness as {@code /actuator/health/readiness}: Spring publishes
 * ACCEPTING_TRAFFIC only after the ruleset is served and the application runners (demo accounts, demo data) ran —
 * a sign-in is not attempted at all: the API and the login form's POST answer 503 problem+json with
 * {@code Retry-After} (decision 143). Before, a client that called while the app was starting got 401s for
 * accounts that did not exist yet, and each counted as a failed sign-in for the throttle (decision 072), which then
 * braked the client's first call after the start. Placed before every authentication filter of its chain, so nothing
 * here looks at a password, writes an audit entry or touches the throttle.
 */
final class NotReadyYetFilter extends OncePerRequestFilter {

    /** A start takes seconds; a client asked to come back in two polls gently and is served soon after. */
    static final long RETRY_AFTER_SECONDS = 2;

    private final ApplicationAvailability availability;
    private final ProblemResponses problems;
    private final String onlyPostTo;

    /** @param onlyPostTo null: every request of the chain; else only a POST to this path (the login form). */
    NotReadyYetFilter(ApplicationAvailability availability, ProblemResponses problems, String onlyPostTo) {
        this.availability = availability;
        this.problems = problems;
        this.onlyPostTo = onlyPostTo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (onlyPostTo != null && !("POST".equals(request.getMethod()) && onlyPostTo.equals(request.getServletPath()))) {
            return true;
        }
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        problems.notReadyYet(request, response, RETRY_AFTER_SECONDS);
    }
}
