package kr.oneteam.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueRow;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.RecommendationLine;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.ChromiumBrowser;
import kr.oneteam.app.ui.testing.ReviewFixtures;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.springframework.context.ApplicationContext;
import java.time.LocalDate;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The officer's day in real Chromium against the running app: sign in, open the queue, open a demo
 * proposal, accept its GPU recommendation, see capacity drop and the audit record it; a decline without
 * a comment is refused on the field; markup in a proposal stays text. Screenshots: target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
class OfficerJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    QueueService queue;

    @Autowired
    ReviewService review;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ApplicationContext context;

    private ChromiumBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = ChromiumBrowser.openOrSkip("http://localhost:" + port);
        // The test itself reads through the services as an officer, to know what the browser should show.
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
    void an_officer_accepts_a_gpu_recommendation_and_sees_capacity_drop_and_the_audit() {
        QueueRow demo = demoProposalWithEligibleGpu();
        ProposalDetail before = review.proposal(demo.id());
        RecommendationLine gpu = before.recommendations().stream()
                .filter(r -> List.of("P01", "P02").contains(r.programme()) && r.eligibility() == Eligibility.ELIGIBLE)
                .findFirst().orElseThrow();
        long remainingBefore = programmes.programme(gpu.programme()).remaining();

        browser.signIn("officer", "oneteam");
        browser.open("/queue");
        browser.byId("queue-grid");
        browser.screenshot("01-queue");

        browser.byId("filter-text").findElement(By.tagName("input")).sendKeys(demo.title(), Keys.TAB);
        browser.waitForVaadin();
        browser.screenshot("02-queue-filtered");
        browser.waiting().until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains(demo.company())).findFirst().orElse(null)).click();
        browser.waitForVaadin();
        // A click previews the proposal beside the grid; "열기" opens the case.
        browser.waiting().until(d -> d.findElement(By.id("preview-title")).getText().equals(demo.title()));
        browser.screenshot("02b-queue-preview");
        browser.byId("preview-open").click();
        browser.waitForVaadin();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/proposals/" + demo.id()));
        browser.byId("rec-" + gpu.programme());
        browser.screenshot("03-proposal");

        browser.byId("accept-" + gpu.programme()).click();
        browser.waitForVaadin();
        WebElement decision = browser.byId("decision-" + gpu.programme());
        assertThat(decision.getText()).contains("수용").contains("officer");
        browser.screenshot("04-accepted");

        long allocated = gpu.allocation().gpus();
        assertThat(programmes.programme(gpu.programme()).remaining()).isEqualTo(remainingBefore - allocated);
        assertThat(browser.byId("timeline-list").getText()).contains("수용 " + gpu.programme()).contains("officer");

        browser.open("/programmes");
        String remainingShown = String.format("%,d GPU", remainingBefore - allocated);
        browser.waiting().until(d -> d.findElement(By.id("programmes-grid")).getText().contains(remainingShown));
        browser.screenshot("05-programmes-after-accept");
    }

    @Test
    void declining_without_a_comment_shows_the_error_on_the_comment_field() {
        long id = fixtures.gpuProposal("브라우저 반려 주식회사", "GPU 요청", "본문", 2);
        browser.signIn("officer", "oneteam");
        browser.open("/proposals/" + id);

        browser.byId("decline-P01").click();
        browser.waitForVaadin();

        WebElement comment = browser.byId("comment-P01");
        browser.waiting().until(d -> comment.getDomAttribute("invalid") != null);
        assertThat(comment.findElement(By.cssSelector("[slot='error-message']")).getText())
                .isEqualTo("불수용하려면 의견을 입력하세요.");
        browser.screenshot("06-decline-without-comment");
        assertThat(review.proposal(id).recommendations().stream().noneMatch(RecommendationLine::isDecided)).isTrue();
    }

    @Test
    void markup_in_a_proposal_is_rendered_as_literal_text() {
        long id = fixtures.gpuProposal("브라우저 마크업 주식회사", "마크업 제안", "<img src=x onerror=alert(1)>", 1);
        browser.signIn("officer", "oneteam");
        browser.open("/proposals/" + id);

        WebElement text = browser.byId("proposal-text");
        assertThat(text.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(text.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.js("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("the proposal's markup ran as script");
        } catch (NoAlertPresentException expected) {
            // No alert: the text was never interpreted.
        }
        browser.screenshot("07-markup-as-text");
    }

    private QueueRow demoProposalWithEligibleGpu() {
        for (String code : List.of("P01", "P02")) {
            // The demo proposals are those of the 2025-07-08 meeting; other tests' fixtures are received today.
            QueueFilter filter = new QueueFilter(ProposalStatus.AWAITING_REVIEW, code, Eligibility.ELIGIBLE, null, null,
                    null, LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 8), null, false);
            List<QueueRow> rows = queue.page(filter, PageRequest.of(0, 50));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
        }
        throw new AssertionError("no demo proposal with an ELIGIBLE P01/P02 recommendation awaiting review");
    }
}
