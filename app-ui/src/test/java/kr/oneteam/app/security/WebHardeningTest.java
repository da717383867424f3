package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 8's hardening findings, each over the wire: headers, SameSite, login CSRF, Host reflection. */
@ApiTest
class WebHardeningTest {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void openTheDoors() {
        throttle.forgetAll();
    }

    @Test
    void the_login_page_has_a_csp_whose_nonce_is_on_every_inline_script_and_the_other_security_headers() {
        RawHttp.Reply page = new RawHttp(port).get("/login", null);

        String csp = page.header("Content-Security-Policy");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'").matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'", "base-uri 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int scripts = 0;
        while (inline.find()) {
            scripts++;
            assertThat(inline.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(scripts).as("Vaadin's bootstrap has inline scripts").isPositive();
        assertThat(new RawHttp(port).get("/login", null).header("Content-Security-Policy"))
                .as("a fresh nonce per request").doesNotContain(nonce.group(1));
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void api_answers_carry_a_policy_that_allows_nothing_to_load_or_frame() {
        Api.Reply reply = new Api(port).get("officer", "/api/programmes");

        assertThat(reply.headers().getFirst("Content-Security-Policy")).startsWith("default-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(reply.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.headers().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only() {
        RawHttp.Reply page = new RawHttp(port).get("/login", null);

        assertThat(page.headers("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void a_login_post_without_its_csrf_token_is_refused_and_signs_nobody_in() {
        RawHttp browser = new RawHttp(port);
        RawHttp.Reply refused = browser.signIn("officer", Api.PASSWORD, false);

        assertThat(refused.status()).isEqualTo(403);
        RawHttp.Reply queue = browser.get("/queue", null);
        assertThat(queue.status()).isEqualTo(302);
        assertThat(queue.header("Location")).isEqualTo("/login");

        RawHttp.Reply accepted = browser.signIn("officer", Api.PASSWORD, true);
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.header("Location")).doesNotContain("login");
    }

    @Test
    void a_spoofed_host_header_is_never_reflected_into_location() {
        RawHttp browser = new RawHttp(port);
        RawHttp.Reply toLogin = browser.get("/queue", EVIL);
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).isEqualTo("/login");

        RawHttp.Reply wrong = browser.send("POST", "/login", EVIL, "username=officer&password=x");
        assertThat(String.valueOf(wrong.header("Location"))).doesNotContain(EVIL);

        // The request saved before sign-in was made with the spoofed host; the redirect back to it stays relative.
        RawHttp.Reply page = browser.get("/login", EVIL);
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        RawHttp.Reply signedIn = browser.send("POST", "/login", EVIL,
                "username=officer&password=" + Api.PASSWORD + "&_csrf=" + token.group(1));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).startsWith("/queue").doesNotContain(EVIL);
        assertThat(browser.get("/", EVIL).headers("Location")).allSatisfy(l -> assertThat(l).doesNotContain(EVIL));
    }
}
