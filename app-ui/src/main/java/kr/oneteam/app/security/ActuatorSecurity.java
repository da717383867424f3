package kr.oneteam.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Of actuator only the probes are reachable, by anyone and without details (a load balancer has no account):
 * {@code GET /actuator/health/readiness} and {@code /liveness}. Everything else under {@code /actuator} is
 * refused, whatever is exposed by mistake in the properties.
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        // A plain path test: "/actuator" itself slipped past the "/actuator/**" pattern to the UI's chain.
        http.securityMatcher(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    return path.equals("/actuator") || path.startsWith("/actuator/");
                })
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health/readiness", "/actuator/health/liveness")
                        .permitAll()
                        .anyRequest().denyAll())
                // A refusal is a status, never a redirect to the UI's login page (which the default entry point gave).
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http, SecurityHeaders.API_POLICY);
        return http.build();
    }
}
