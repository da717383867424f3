package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.oneteam.app.intake.BodyLimit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;

/**
 * Refuses a body whose declared length is over its endpoint's limit (INTAKE.md: 2 MB for one proposal,
 * 64 MB for a batch or a preview) with 413 before anything else runs — before authentication, before a byte
 * of it is read. Bodies without a declared length are capped while the intake reads them ({@link BodyLimit}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final FieldMessages messages;
    private final LocaleResolver locales;

    BodyLimitFilter(ObjectMapper json, FieldMessages messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    static long limitOf(String path) {
        if (path.equals("/api/proposals/import")) {
            // h-sheets: a spreadsheet of up to SheetUpload.MAX_BYTES in its multipart envelope.
            return kr.oneteam.app.exchange.SheetUpload.MAX_BYTES + 1024L * 1024;
        }
        if (path.startsWith("/api/drafts/") && path.endsWith("/upload")) {
            // h-walk: a rules directory's zip of up to WorkspaceFiles.MAX_UPLOAD_BYTES in its multipart envelope.
            return kr.oneteam.app.workspace.WorkspaceFiles.MAX_UPLOAD_BYTES + 1024L * 1024;
        }
        return path.equals("/api/proposals/batch") || path.equals("/api/routing/preview")
                ? BodyLimit.BATCH : BodyLimit.ONE_PROPOSAL;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            LocaleContextHolder.setLocale(locales.resolveLocale(request));
            try {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                // The unread body is not worth keeping the connection for.
                response.setHeader("Connection", "close");
                json.writeValue(response.getOutputStream(), ApiProblems.tooLargeProblem(messages, limit));
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
