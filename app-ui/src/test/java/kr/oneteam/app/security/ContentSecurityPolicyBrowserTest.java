package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.oneteam.app.Api;
import kr.oneteam.app.account.AccountAdministration;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import kr.oneteam.app.ui.testing.ChromiumBrowser;
import kr.oneteam.app.ui.testing.ReviewFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The UI works under its Content-Security-Policy in real Chromium: sign in, open the queue, open a proposal,
 * open the password dialog — and the browser reports no CSP violation (nor any other console error) on the way.
 * A policy that is too tight shows here as "Refused to …" in the console; one that is too loose shows in
 * {@link #the_policy_allows_no_inline_script_without_the_nonce_and_no_framing}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ApplicationContext context;

    private ChromiumBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = ChromiumBrowser.openOrSkip("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        throttle.forgetAll();
    }

    @Test
    void signing_in_the_queue_and_a_proposal_run_without_a_single_csp_violation() {
        long id = fixtures.gpuProposal("CSP 검사 주식회사", "CSP 제안", "본문", 2);
        List<String> console = new ArrayList<>();

        browser.open("/login");
        browser.waiting().until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys("officer");
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(Api.PASSWORD, Keys.ENTER);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        browser.waitForVaadin();
        console.addAll(browser.consoleMessages());

        browser.open("/queue");
        browser.byId("queue-grid");
        browser.waitForVaadin();
        console.addAll(browser.consoleMessages());

        browser.open("/proposals/" + id);
        browser.byId("rec-P01");
        browser.byId("decline-P01").click();
        browser.waitForVaadin();
        browser.byId("change-password").click();
        browser.byId("password-current");
        browser.waitForVaadin();
        browser.screenshot("csp-proposal-and-password-dialog");
        console.addAll(browser.consoleMessages());

        // The app has no favicon; that 404 is the one console error that is not the policy's doing.
        assertThat(console).as("console of Chromium").filteredOn(line -> !line.contains("favicon.ico"))
                .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused to")
                        || line.startsWith("SEVERE"));
        assertThat(browser.byId("proposal-text").getText()).isEqualTo("본문");
    }

    @Test
    void an_open_browser_session_stops_reading_proposals_once_an_admin_disables_the_account() throws Exception {
        String analyst = "browser-analyst-" + System.nanoTime();
        accounts.save(new UserAccount(analyst, encoder.encode(Api.PASSWORD), Set.of(Role.ANALYST)));
        long id = fixtures.gpuProposal("세션 종료 주식회사", "세션 제안", "본문", 1);
        browser.signIn(analyst, Api.PASSWORD);
        browser.open("/queue");
        browser.byId("queue-grid");

        TestSecurity.runAs(context, "admin", "ADMIN", () -> administration.change(analyst, Set.of(Role.ANALYST), false));

        // A click in the open page is a Vaadin round trip on the old session: it must not open anything more.
        browser.byId("change-password").click();
        browser.screenshot("session-ended-after-click");
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login")
                || d.findElements(By.id("password-current")).isEmpty() && d.getPageSource().contains("vaadin-login-form"));
        assertThat(browser.driver().findElements(By.id("password-current"))).isEmpty();
        browser.open("/proposals/" + id);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(browser.driver().getPageSource()).doesNotContain("세션 제안");
        browser.screenshot("session-ended-after-disable");
    }

    @Test
    void the_policy_allows_no_inline_script_without_the_nonce_and_no_framing() {
        browser.open("/login");
        // A script element injected without the nonce (as stored XSS would) must not run.
        Object ran = browser.js("const s = document.createElement('script'); s.textContent = 'window.__injected = 1';"
                + "document.head.appendChild(s); return window.__injected === 1;");
        assertThat(ran).isEqualTo(false);
        assertThat(browser.consoleMessages()).anyMatch(line -> line.contains("Content Security Policy"));
    }
}
