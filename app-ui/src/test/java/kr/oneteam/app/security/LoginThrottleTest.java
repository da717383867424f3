package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The brake's arithmetic, on a clock the test moves: free attempts, doubling delay, cap, forgetting, success. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_of_an_account_are_free_then_the_wait_doubles_up_to_thirty_seconds() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.check("officer", "10.0.0." + i).allowed()).isTrue();
            throttle.failed("officer", "10.0.0." + i); // from different addresses: only the account brakes
        }
        assertThat(throttle.check("officer", "10.0.1.1").allowed()).isTrue();
        Duration[] expected = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30)};
        for (Duration wait : expected) {
            throttle.failed("officer", "10.0.1.1");
            LoginThrottle.Verdict verdict = throttle.check("officer", "10.0.2.2");
            assertThat(verdict.allowed()).isFalse();
            assertThat(verdict.retryAfter()).isEqualTo(wait);
            clock.advance(wait);
            assertThat(throttle.check("officer", "10.0.2.2").allowed()).as("open again after " + wait).isTrue();
        }
    }

    @Test
    void the_account_name_is_braked_whatever_its_case() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("Officer", "10.0.0." + i);
        }
        assertThat(throttle.check("OFFICER", "10.9.9.9").allowed()).isFalse();
        assertThat(throttle.check("analyst", "10.9.9.9").allowed()).isTrue();
    }

    @Test
    void an_address_gets_twenty_free_failures_over_any_accounts_then_at_most_sixty_seconds() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.checkAddress("192.0.2.7").allowed()).isTrue();
        throttle.failed("user-x", "192.0.2.7");
        assertThat(throttle.checkAddress("192.0.2.7").retryAfter()).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 40; i++) {
            throttle.failed("user-y" + i, "192.0.2.7");
        }
        assertThat(throttle.checkAddress("192.0.2.7").retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.checkAddress("192.0.2.8").allowed()).isTrue();
    }

    @Test
    void failures_are_forgotten_after_fifteen_quiet_minutes_and_a_right_password_clears_the_account() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("analyst", "10.0.0." + i);
        }
        assertThat(throttle.check("analyst", "10.1.1.1").allowed()).isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.check("analyst", "10.1.1.1").allowed()).isTrue();
        throttle.failed("analyst", "10.0.0.1");
        assertThat(throttle.check("analyst", "10.1.1.1").allowed()).as("count started again at 1").isTrue();

        for (int i = 0; i < 8; i++) {
            throttle.failed("admin", "10.2.0." + i);
        }
        throttle.succeeded("admin");
        assertThat(throttle.check("admin", "10.3.3.3").allowed()).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
