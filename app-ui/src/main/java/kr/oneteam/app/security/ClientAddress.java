package kr.oneteam.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The address a request came from, as the servlet container says: the TCP peer, or — only when
 * {@code server.forward-headers-strategy=native} is set for a trusted proxy — the client that proxy names.
 * Never a raw X-Forwarded-For header, which any caller could write.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "?" : address;
    }

    static String of(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "?";
    }
}
