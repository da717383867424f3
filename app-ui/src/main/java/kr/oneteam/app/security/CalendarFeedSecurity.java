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
 * The calendar feed's chain (h-insight, issue 10, decision record 102): {@code GET /calendar/*} only, no session, no
 * password, no bearer token — the feed token in the address is checked by the feed itself and opens nothing but that
 * feed. Anything else under {@code /calendar} is refused. Ordered before the UI's catch-all chain.
 */
@Configuration
class CalendarFeedSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        SecurityHeaders.apply(http, SecurityHeaders.API_POLICY);
        return http.build();
    }
}
