package kr.oneteam.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401, 403, 429 and the 503 of a start of the API as {@code application/problem+json}, written by the filter chain itself: these
 * answers are given before any controller advice could run. Same shape as the API's other problems
 * ({@code api/ApiProblems}): a type URN, a localised title, a detail; Korean unless {@code Accept-Language: en}.
 */
final class ProblemResponses {

    static final URI UNAUTHORIZED = URI.create("urn:oneteam:problem:unauthorized");
    static final URI FORBIDDEN = URI.create("urn:oneteam:problem:forbidden");
    static final URI TOO_MANY = URI.create("urn:oneteam:problem:too-many-sign-in-attempts");
    static final URI NOT_READY = URI.create("urn:oneteam:problem:starting");

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(ObjectMapper json, MessageSource appMessages, LocaleResolver locales) {
        this.json = json;
        ResourceBundleMessageSource own = new ResourceBundleMessageSource();
        own.setBasename("i18n/security");
        own.setDefaultEncoding("UTF-8");
        own.setFallbackToSystemLocale(false);
        own.setParentMessageSource(appMessages);
        this.messages = own;
        this.locales = locales;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String detailCode,
                      String challenge) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "problem.unauthorized.title", detailCode);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN, "problem.forbidden.title", null);
    }

    void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY, "security.problem.tooMany.title",
                "security.problem.tooMany.detail", retryAfterSeconds);
    }

    /** 503 while the application starts ({@link NotReadyYetFilter}): come back after {@code Retry-After} seconds. */
    void notReadyYet(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, NOT_READY, "security.problem.starting.title",
                "security.problem.starting.detail", retryAfterSeconds);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                       String titleCode, String detailCode, Object... arguments) throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(messages.getMessage(titleCode, null, titleCode, locale));
        if (detailCode != null) {
            problem.setDetail(messages.getMessage(detailCode, arguments, detailCode, locale));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
