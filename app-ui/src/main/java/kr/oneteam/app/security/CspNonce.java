package kr.oneteam.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * One random nonce per request for the UI's Content-Security-Policy: Vaadin's bootstrap page has a handful of
 * small inline scripts (browser check, feature flags, the CSRF form-data hook); each gets this nonce
 * ({@link InlineScriptNonces}) and the header allows exactly these, so no injected inline script runs.
 */
final class CspNonce {

    static final String ATTRIBUTE = CspNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CspNonce() {
    }

    static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }

    /** Writes {@code policy} with {@code {nonce}} replaced by this request's nonce. */
    static HeaderWriter policyWriter(String policy) {
        return (request, response) -> response.setHeader("Content-Security-Policy",
                policy.replace("{nonce}", of(request)));
    }
}
