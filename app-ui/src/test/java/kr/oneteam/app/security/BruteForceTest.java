package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Deliverable 3's brute-force findings: 30 wrong passwords then the right one are no longer "all answered at
 * once"; a braked attempt and a repeat of known-good credentials cost no BCrypt (counted); the audit log records
 * failures with the address but stays bounded; the UI's form is braked too.
 */
@ApiTest
@Import(BruteForceTest.CountingEncoder.class)
class BruteForceTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AuditLog audit;
    @Autowired
    CountingEncoder counting;

    String victim;

    @BeforeEach
    void victimAccount() {
        victim = "victim-" + System.nanoTime();
        accounts.save(new UserAccount(victim, encoder.encode(Api.PASSWORD), Set.of(Role.OFFICER)));
        throttle.forgetAll();
    }

    @AfterEach
    void openTheDoors() {
        throttle.forgetAll();
    }

    @Test
    void thirty_wrong_passwords_then_the_right_one_get_429_and_most_cost_no_bcrypt() {
        Api api = new Api(port);
        int checksBefore = counting.checks.get();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(api.get(victim + ":wrong" + i, "/api/programmes").status());
        }
        Api.Reply right = api.get(victim, "/api/programmes");

        assertThat(statuses.subList(0, 6)).containsOnly(401);
        assertThat(statuses).contains(429);
        assertThat(right.status()).as("the right password while the door is closed").isEqualTo(429);
        assertThat(right.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(right.headers().getFirst("Retry-After"))).isBetween(1L, 30L);
        assertThat(counting.checks.get() - checksBefore).as("BCrypt checks for 31 attempts").isLessThanOrEqualTo(10);

        throttle.forgetAll();
        assertThat(api.get(victim, "/api/programmes").status()).isEqualTo(200);
    }

    @Test
    void failed_sign_ins_are_audited_with_the_address_but_a_flood_writes_only_a_few_entries() {
        Api api = new Api(port);
        for (int i = 0; i < 40; i++) {
            api.get(victim + ":wrong" + i, "/api/programmes");
        }
        throttle.forgetAll();
        api.get(victim, "/api/programmes");

        List<AuditEntry> entries = audit.findByActorOrderByAtDesc(victim);
        List<AuditEntry> failed = entries.stream().filter(e -> e.getAction().equals("LOGIN FAILED")).toList();
        assertThat(failed).hasSizeBetween(1, 2);
        assertThat(failed.get(0).getAfter()).contains("\"address\":\"127.0.0.1\"").contains("\"channel\":\"basic\"");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("LOGIN");
            assertThat(e.getAfter()).contains("127.0.0.1");
        });
    }

    @Test
    void known_good_basic_credentials_are_checked_by_bcrypt_once_not_per_call() {
        Api api = new Api(port);
        assertThat(api.get(victim, "/api/programmes").status()).isEqualTo(200);
        int checksBefore = counting.checks.get();
        for (int i = 0; i < 20; i++) {
            assertThat(api.get(victim, "/api/programmes").status()).isEqualTo(200);
        }
        assertThat(counting.checks.get() - checksBefore).isZero();
        assertThat(api.call(HttpMethod.GET, victim + ":nope", "/api/programmes", null, null).status())
                .as("a different password is not the cached one").isEqualTo(401);
    }

    @Test
    void the_login_form_is_braked_too_and_says_how_long_to_wait() {
        RawHttp browser = new RawHttp(port);
        for (int i = 0; i < 8; i++) {
            browser.signIn(victim, "wrong" + i, true);
        }
        RawHttp.Reply right = browser.signIn(victim, Api.PASSWORD, true);

        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location")).matches("/login\\?throttled=\\d+");
        assertThat(audit.findByActorOrderByAtDesc(victim)).anySatisfy(e -> assertThat(e.getAfter()).contains("\"channel\":\"ui\""));
    }

    /** BCrypt as the app uses it, counting every password check. */
    @TestConfiguration
    static class CountingEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Bean
        @Primary
        PasswordEncoder countingPasswordEncoder() {
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return bcrypt.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    checks.incrementAndGet();
                    return bcrypt.matches(raw, encoded);
                }
            };
        }
    }
}
