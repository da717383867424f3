package kr.oneteam.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.ui.testing.ChromiumBrowser;
import kr.oneteam.app.ui.testing.ReviewFixtures;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.vocabulary.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * 현황 in real Chromium: the dashboard draws its SVG charts with their tables, and a click on a bar opens the queue
 * filtered to what the bar counts. Screenshots: target/screenshots/dashboard-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
class DashboardBrowserTest {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("([0-9,]+)\\s*$");

    @LocalServerPort int port;
    @Autowired ReviewFixtures fixtures;
    @Autowired QueueService queue;
    @Autowired ApplicationContext context;

    private ChromiumBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = ChromiumBrowser.openOrSkip("http://localhost:" + port);
        TestSecurity.signIn(context, "officer", "OFFICER");
    }

    @AfterEach
    void closeBrowser() {
        SecurityContextHolder.clearContext();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_click_on_a_category_bar_opens_the_queue_filtered_to_that_category() {
        fixtures.gpuProposal("현황 브라우저 주식회사", "현황 GPU 요청", "본문", 2);
        long publicDemand = queue.count(new QueueFilter(null, null, null, Category.PUBLIC_DEMAND, null, null, null, null,
                null, false));
        browser.signIn("officer", "oneteam");

        browser.open("/dashboard");
        WebElement table = browser.byId("fig-category-table");
        assertThat(table.getText()).contains(Category.PUBLIC_DEMAND.korean());
        browser.byId("fig-category-chart");
        browser.screenshot("dashboard-01-overview");

        WebElement bar = browser.waiting().until(d -> d.findElements(By.cssSelector("#fig-category-chart a")).stream()
                .filter(a -> a.getDomAttribute("href").contains("category=PUBLIC_DEMAND")).findFirst().orElse(null));
        bar.findElement(By.tagName("rect")).click();

        browser.waiting().until(d -> d.getCurrentUrl().contains("/queue?") && d.getCurrentUrl().contains("category=PUBLIC_DEMAND"));
        browser.waitForVaadin();
        browser.byId("queue-grid");
        browser.waiting().until(d -> shownTotal() == publicDemand);
        assertThat(browser.byId("filter-category").getText() + browser.byId("filter-category")
                .findElement(By.tagName("input")).getDomProperty("value")).contains(Category.PUBLIC_DEMAND.korean());
        browser.screenshot("dashboard-02-filtered-queue");
    }

    /** The queue's "전체 N" count: the filtered total. */
    private long shownTotal() {
        Matcher m = TRAILING_NUMBER.matcher(browser.byId("count-all").getText());
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
    }
}
