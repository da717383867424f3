package kr.oneteam.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to a path on this server only: an absolute URL (Spring's saved request is built from the Host
 * header it was made with) is cut to its path and query, and a path that would leave the origin ({@code //host},
 * a backslash) becomes {@code /}. Spring's own context-relative mode leaves the host in when the context path
 * is empty, which WebHardeningTest caught.
 */
final class RelativeRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + pathOf(url, request.getContextPath())));
    }

    static String pathOf(String url, String contextPath) {
        String path;
        try {
            URI uri = URI.create(url);
            path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return path;
    }
}
