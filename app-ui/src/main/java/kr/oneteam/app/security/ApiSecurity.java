package kr.oneteam.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;

/**
 * The API's filter chain: only {@code /api/**}, HTTP Basic, no session, no CSRF (no browser form
 * posts here). Role per endpoint as INTAKE.md's table says; anything unlisted is denied. It is ordered
 * first so that the UI's catch-all chain never sees API calls.
 */
@Configuration
public class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ObjectMapper json, MessageSource messages,
                                       LocaleResolver locales) throws Exception {
        ProblemWriter problems = new ProblemWriter(json, messages, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/proposals", "/api/proposals/batch")
                        .hasAnyRole(Roles.OFFICER, Roles.INTAKE)
                        .requestMatchers(HttpMethod.GET, "/api/proposals", "/api/proposals/*")
                        .hasAnyRole(Roles.OFFICER, Roles.ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/routing/preview")
                        .hasAnyRole(Roles.OFFICER, Roles.INTAKE, Roles.ANALYST)
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/ruleset/problems")
                        .hasAnyRole(Roles.ANALYST, Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/programmes", "/api/ruleset")
                        .hasAnyRole(Roles.ALL)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden.title")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** BCrypt; tests lower the cost (oneteam.security.bcrypt-strength) because every API call checks a password. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${oneteam.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /** Writes 401/403 bodies itself: these answers are given before any controller advice could run. */
    private record ProblemWriter(ObjectMapper json, MessageSource messages, LocaleResolver locales) {

        void write(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                   String titleCode) throws IOException {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(messages.getMessage(titleCode, null, titleCode, locales.resolveLocale(request)));
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"OneTeam Desk\"");
            }
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
