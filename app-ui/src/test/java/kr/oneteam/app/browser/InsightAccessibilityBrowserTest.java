package kr.oneteam.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kr.oneteam.app.account.AccountPreferences;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.ui.testing.Axe;
import kr.oneteam.app.ui.testing.ChromiumBrowser;
import kr.oneteam.app.ui.testing.ReviewFixtures;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * WCAG 2.1 A/AA in real Chromium (axe-core, decision record 080) on issue 10's screens — 현황, 내 후속조치, the
 * briefing and the ADMIN's 기한·행사 관리 — in Korean and in English: no serious or critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
class InsightAccessibilityBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    AccountPreferences preferences;
    @Autowired
    IntakeEvents events;
    @Autowired
    ApplicationContext context;

    private ChromiumBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = ChromiumBrowser.openOrSkip("http://localhost:" + port);
        browser.resize(1440, 900);
    }

    @AfterEach
    void closeBrowser() {
        for (String user : List.of("officer", "admin")) {
            TestSecurity.signIn(context, user, user.toUpperCase(Locale.ROOT));
            preferences.chooseLanguage(Locale.KOREAN);
        }
        SecurityContextHolder.clearContext();
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"ko", "en"})
    void the_dashboard_follow_ups_and_briefing_have_no_serious_or_critical_violation(String language) {
        fixtures.gpuProposal("접근성 현황 주식회사", "접근성 점검용 GPU 요청", "본문", 2);
        choose("officer", language);
        signIn("officer");

        browser.open("/dashboard?event=" + kosa());
        browser.byId("fig-category-table");
        assertNoSeriousViolation("dashboard (" + language + ")");
        browser.screenshot("a11y-dashboard-" + language);

        browser.open("/follow-ups");
        browser.byId("my-follow-ups-grid");
        assertNoSeriousViolation("follow-ups (" + language + ")");

        browser.open("/briefing?event=" + kosa());
        browser.byId("briefing-lines");
        assertNoSeriousViolation("briefing (" + language + ")");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"ko", "en"})
    void the_deadline_and_event_settings_have_no_serious_or_critical_violation(String language) {
        choose("admin", language);
        signIn("admin");

        browser.open("/deadlines");
        browser.byId("event-grid");
        browser.waiting().until(d -> !d.findElements(By.tagName("vaadin-grid-cell-content")).isEmpty());
        assertNoSeriousViolation("deadlines (" + language + ")");
        browser.screenshot("a11y-deadlines-" + language);
    }

    private long kosa() {
        TestSecurity.signIn(context, "officer", "OFFICER");
        return events.all().stream().filter(e -> e.code().equals("KOSA-2025-07-08")).findFirst().orElseThrow().id();
    }

    private void choose(String user, String language) {
        TestSecurity.signIn(context, user, user.toUpperCase(Locale.ROOT));
        preferences.chooseLanguage(Locale.forLanguageTag(language));
        SecurityContextHolder.clearContext();
    }

    private void assertNoSeriousViolation(String screen) {
        browser.waitForVaadin();
        List<Axe.Violation> violations = Axe.check(browser);
        violations.forEach(v -> System.out.println("[axe " + screen + "] " + v));
        assertThat(violations.stream().filter(Axe.Violation::isSeriousOrCritical).toList())
                .as("serious or critical WCAG 2.1 A/AA violations on " + screen).isEmpty();
    }

    private void signIn(String username) {
        browser.open("/login");
        browser.waiting().until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("oneteam", Keys.ENTER);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        browser.waitForVaadin();
    }
}
