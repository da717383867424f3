package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Sign-in while the application starts (issue 8 D7, decision 143): until readiness is ACCEPTING_TRAFFIC the API and
 * the login form's POST answer 503 problem+json with Retry-After, whatever the credentials — and none of it counts
 * as a failed sign-in, so the first call after the start is not braked by the throttle. The start is simulated by
 * putting the context's readiness back to REFUSING_TRAFFIC, the state it has from launch until the ruleset is served
 * and the demo data is in.
 */
@ApiTest
class SignInWhileStartingTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void starting() {
        throttle.forgetAll();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    }

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        throttle.forgetAll();
    }

    @Test
    void the_api_answers_503_problem_json_with_retry_after_and_counts_no_failed_sign_in() {
        Api api = new Api(port);
        long failedBefore = failedSignInsOf("analyst2");
        for (int i = 0; i < 12; i++) { // more than the throttle's five free failures
            Api.Reply wrong = api.get("analyst2:wrong" + i, "/api/programmes");
            assertThat(wrong.status()).as("attempt " + i).isEqualTo(503);
            assertThat(wrong.contentType()).isEqualTo("application/problem+json");
            assertThat(wrong.headers().getFirst("Retry-After")).isEqualTo("2");
            assertThat(wrong.json().get("type").asText()).isEqualTo("urn:oneteam:problem:starting");
            assertThat(wrong.json().get("status").asInt()).isEqualTo(503);
        }
        Api.Reply english = api.call(org.springframework.http.HttpMethod.GET, "analyst2", "/api/programmes", null, "en");
        assertThat(english.status()).as("the right password too: nothing is signed in while starting").isEqualTo(503);
        assertThat(english.json().get("title").asText()).isEqualTo("Starting up");
        assertThat(english.json().get("detail").asText()).contains("2 seconds");
        assertThat(api.get(null, "/actuator/health/readiness").status()).as("readiness agrees").isEqualTo(503);

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        assertThat(api.get("analyst2", "/api/programmes").status()).as("first call once ready: not braked").isEqualTo(200);
        assertThat(failedSignInsOf("analyst2")).isEqualTo(failedBefore);
    }

    @Test
    void the_login_form_post_answers_503_before_its_token_or_password_is_looked_at() {
        RawHttp browser = new RawHttp(port);
        for (int i = 0; i < 8; i++) {
            RawHttp.Reply wrong = browser.signIn("analyst2", "wrong" + i, true);
            assertThat(wrong.status()).isEqualTo(503);
            assertThat(wrong.header("Retry-After")).isEqualTo("2");
            assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(browser.signIn("analyst2", Api.PASSWORD, false).status()).as("even without CSRF token").isEqualTo(503);

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        RawHttp.Reply right = browser.signIn("analyst2", Api.PASSWORD, true);
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location")).as("signed in, not throttled").doesNotContain("throttled").doesNotContain("error");
        assertThat(throttle.check("analyst2", "127.0.0.1").allowed()).isTrue();
    }

    private long failedSignInsOf(String user) {
        List<AuditEntry> entries = audit.findByActorOrderByAtDesc(user);
        return entries.stream().filter(e -> e.getAction().equals("LOGIN FAILED")).count();
    }
}
