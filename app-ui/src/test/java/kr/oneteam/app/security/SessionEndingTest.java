package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.app.account.AccountAdministration;
import kr.oneteam.app.account.Passwords;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 8: "an ADMIN disabled analyst; the analyst's open browser session kept reading proposals". A signed-in
 * browser session ends on its next request once its account is disabled, gets other roles or a new password
 * from an ADMIN; HTTP Basic stops at once too (the verified-credentials cache follows the stamp).
 */
@ApiTest
class SessionEndingTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Passwords passwords;
    @Autowired
    AuditLog audit;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ApplicationContext context;

    String reader;

    @BeforeEach
    void readerAccount() {
        reader = "reader-" + System.nanoTime();
        accounts.save(new UserAccount(reader, encoder.encode(Api.PASSWORD), Set.of(Role.ANALYST)));
    }

    @AfterEach
    void openTheDoors() {
        throttle.forgetAll();
    }

    @Test
    void disabling_an_account_ends_its_open_browser_session_and_its_basic_access_at_once() throws Exception {
        RawHttp browser = signedIn();
        Api api = new Api(port);
        assertThat(api.get(reader, "/api/proposals").status()).isEqualTo(200);

        TestSecurity.runAs(context, "admin", "ADMIN", () -> administration.change(reader, Set.of(Role.ANALYST), false));

        assertSignedOut(browser);
        assertThat(api.get(reader, "/api/proposals").status()).isEqualTo(401);
    }

    @Test
    void changing_the_roles_ends_the_session_so_that_it_signs_in_again_with_the_new_roles() throws Exception {
        RawHttp browser = signedIn();

        TestSecurity.runAs(context, "admin", "ADMIN", () -> administration.change(reader, Set.of(Role.OFFICER), true));

        assertSignedOut(browser);
        assertThat(new Api(port).get(reader, "/api/proposals").status()).isEqualTo(200);
    }

    @Test
    void an_admin_password_reset_ends_the_sessions_and_the_old_password_is_refused() throws Exception {
        RawHttp browser = signedIn();
        Api api = new Api(port);
        assertThat(api.get(reader, "/api/proposals").status()).isEqualTo(200);

        TestSecurity.runAs(context, "admin", "ADMIN", () -> {
            passwords.reset(reader, "새 비밀번호는 길게 2026");
            return null;
        });

        assertSignedOut(browser);
        assertThat(api.get(reader, "/api/proposals").status()).as("the cached old password").isEqualTo(401);
        assertThat(audit.findByActorOrderByAtDesc("admin")).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("PASSWORD CHANGE");
            assertThat(e.getAfter()).contains(reader).doesNotContain("$2a$");
        });
    }

    private RawHttp signedIn() {
        RawHttp browser = new RawHttp(port);
        RawHttp.Reply signIn = browser.signIn(reader, Api.PASSWORD, true);
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.header("Location")).doesNotContain("login");
        assertThat(browser.get("/queue", null).status()).as("signed in, the queue page loads").isEqualTo(200);
        return browser;
    }

    private static void assertSignedOut(RawHttp browser) {
        RawHttp.Reply after = browser.get("/queue", null);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).isEqualTo("/login");
    }
}
