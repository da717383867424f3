package kr.oneteam.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.oneteam.app.ui.testing.ChromiumBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The UI of an application launched outside the test, as production launches it (decision 149: the extracted jar
 * with Spring AOT's generated context and a CDS archive, which no {@code @SpringBootTest} can reproduce): an officer
 * signs in, the queue shows the demo proposals (업스테이지's among them), one opens with its recommendations, and the page reports no console
 * error. Runs only when told where the application is, e.g.
 * {@code mvn -pl app-ui -am test -Dtest=LaunchedAppBrowserTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Doneteam.launched.url=http://127.0.0.1:8080} against a first start (demo accounts and data); skipped otherwise.
 */
class LaunchedAppBrowserTest {

    private ChromiumBrowser browser;

    @BeforeEach
    void openBrowser() {
        String url = System.getProperty("oneteam.launched.url", "");
        Assumptions.assumeFalse(url.isBlank(), "no launched application given (-Doneteam.launched.url=...)");
        browser = ChromiumBrowser.openOrSkip(url);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_officer_signs_in_sees_the_demo_queue_and_opens_a_proposal() {
        browser.signIn("officer", "oneteam");
        browser.open("/queue");
        browser.byId("queue-grid");
        // filtered to one demo company, so that its row is in view to be clicked
        browser.byId("filter-text").findElement(By.tagName("input")).sendKeys("업스테이지", Keys.TAB);
        browser.waitForVaadin();
        browser.waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("업스테이지")).findFirst().orElse(null)).click();
        browser.waitForVaadin();
        browser.waiting().until(d -> !d.findElement(By.id("preview-title")).getText().isBlank());
        browser.screenshot("launched-01-queue-preview");

        browser.byId("preview-open").click();
        browser.waitForVaadin();
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/proposals/\\d+$"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("[id^='rec-']")).size() > 0);
        browser.screenshot("launched-02-proposal");

        // the app has no favicon: that 404 is the one console error expected (as in ContentSecurityPolicyBrowserTest)
        List<String> errors = browser.consoleMessages().stream()
                .filter(m -> m.startsWith("SEVERE") && !m.contains("favicon.ico")).toList();
        assertThat(errors).isEmpty();
    }
}
