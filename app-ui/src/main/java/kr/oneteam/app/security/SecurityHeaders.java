package kr.oneteam.app.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of both chains. The UI's Content-Security-Policy is the tightest that Vaadin's
 * production bundle works under, as OfficerCspBrowserTest proves in Chromium (decision record 073 says which
 * directive each Vaadin feature needs). X-Content-Type-Options: nosniff, X-Frame-Options: DENY and
 * Cache-Control come from Spring Security's defaults and stay on.
 */
final class SecurityHeaders {

    /**
     * Scripts load from this origin only, inline ones only with this request's nonce ({@link CspNonce}); Vaadin
     * Flow runs {@code executeJs} through {@code new Function(...)} ('unsafe-eval') and its bootstrap page and
     * components add {@code <style>} elements ('unsafe-inline' in style-src only). Nothing may frame the app, post
     * forms elsewhere, or load plugins.
     */
    static final String UI_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'nonce-{nonce}' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** JSON only: nothing in an API answer may load, run or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Features no view uses, switched off so that injected content could not use them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers
                .addHeaderWriter(CspNonce.policyWriter(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny()));
    }
}
