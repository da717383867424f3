package kr.oneteam.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's filter chain: only {@code /api/**}, a bearer token ({@link BearerTokenFilter}) or HTTP Basic
 * ({@link AccountAuthenticationProvider}), no session, no CSRF (no browser form posts here). Role per endpoint
 * as INTAKE.md's table says; anything unlisted is denied. 401, 403 and 429 are problem+json, and so is the 503 that
 * every call gets while the application starts ({@link NotReadyYetFilter}). It is ordered
 * first so that the UI's catch-all chain never sees API calls.
 */
@Configuration
public class ApiSecurity {

    private static final String BASIC_CHALLENGE = "Basic realm=\"OneTeam Desk\"";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ObjectMapper json, MessageSource messages,
                                       LocaleResolver locales, BearerTokens tokens, LoginThrottle throttle,
                                       LoginAudit audit, ApplicationAvailability availability) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, messages, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // h-sheets: spreadsheet import (multipart), decision record 110.
                        .requestMatchers(HttpMethod.POST, "/api/proposals/import")
                        .hasAnyRole(Roles.OFFICER, Roles.INTAKE, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/proposals", "/api/proposals/batch")
                        .hasAnyRole(Roles.OFFICER, Roles.INTAKE)
                        // h-insight2: the export is the queue's, so the queue's readers (ADMIN too).
                        .requestMatchers(HttpMethod.GET, "/api/proposals/export")
                        .hasAnyRole(Roles.OFFICER, Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/proposals", "/api/proposals/*")
                        .hasAnyRole(Roles.OFFICER, Roles.ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/routing/preview")
                        .hasAnyRole(Roles.OFFICER, Roles.INTAKE, Roles.ANALYST)
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/ruleset/problems", "/api/ruleset/versions",
                                "/api/ruleset/coverage")
                        .hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/programmes").hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/programmes/*").hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/programmes", "/api/ruleset")
                        .hasAnyRole(Roles.ALL)
                        .requestMatchers("/api/accounts/*/tokens", "/api/tokens/*")
                        .hasRole(Roles.ADMIN)
                        // h-walk: analysts' drafts and publication requests (decision record 125); ADMIN reads drafts.
                        .requestMatchers(HttpMethod.GET, "/api/drafts", "/api/drafts/*", "/api/drafts/*/zip")
                        .hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers("/api/drafts", "/api/drafts/**").hasRole(Roles.ANALYST)
                        .requestMatchers(HttpMethod.GET, "/api/publication-requests", "/api/publication-requests/*")
                        .hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/publication-requests/*/approve",
                                "/api/publication-requests/*/return")
                        .hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/publication-requests/*/withdraw").hasRole(Roles.ANALYST)
                        .anyRequest().denyAll())
                // while starting: 503, before any token or password is looked at (decision 143)
                .addFilterBefore(new NotReadyYetFilter(availability, problems, null), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, throttle, audit, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottledException throttled) {
                        problems.tooManyAttempts(request, response, throttled.retryAfterSeconds());
                    } else {
                        problems.unauthorized(request, response, null, BASIC_CHALLENGE);
                    }
                }))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.unauthorized(request, response, null, BASIC_CHALLENGE))
                        .accessDeniedHandler((request, response, e) -> problems.forbidden(request, response)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http, SecurityHeaders.API_POLICY);
        return http.build();
    }

    /** BCrypt; tests lower the cost (oneteam.security.bcrypt-strength) because accounts are created per test context. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${oneteam.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
