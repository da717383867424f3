package kr.oneteam.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.app.Api;
import kr.oneteam.app.impact.ImpactSimulation;
import kr.oneteam.app.impact.ProposalChange;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.ui.testing.Axe;
import kr.oneteam.app.ui.testing.ChromiumBrowser;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.ScenarioTable;
import kr.oneteam.app.workspace.Scenarios;
import kr.oneteam.app.workspace.Workspace;
import kr.oneteam.domain.workspace.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9's walk in real Chromium, on the demo data, with a screenshot at each step
 * (target/screenshots/walk-*.png): {@code analyst} signs in → new draft → raises P01's cap from 16 to 32 GPUs in
 * caps.drl and updates the scenarios the new cap changes → validates → simulates → the affected demo proposals
 * are listed → asks to publish → {@code analyst2} approves → a newly submitted 24-GPU SME proposal gets P01 →
 * {@code admin} rolls back → the next one gets P02. axe-core checks the 규칙 screens on the way.
 *
 * <p>Everything the analysts and the admin do goes through the browser. What the test reads or computes
 * in-process is only what it checks against: the stored state, and the new expectations of the scenario rows
 * (worked out with the same scenario runner the 시나리오 grid shows them with — the analyst reads them off the
 * grid's "실제" column and types them into the file).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkspaceWalkBrowserTest {

    private static final Pattern DRAFT_URL = Pattern.compile("/rules/drafts/(\\d+)");
    private static final Pattern REQUEST_URL = Pattern.compile("/rules/requests/(\\d+)");
    private static final String CAP_16 = "p01MaxGpus : int = 16";
    private static final String CAP_32 = "p01MaxGpus : int = 32";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Workspace workspace;
    @Autowired
    Scenarios scenarios;
    @Autowired
    Publishing publishing;
    @Autowired
    RulesetStatus rulesets;
    @Autowired
    ImpactSimulation simulation;

    private ChromiumBrowser browser;
    private final List<String> axeFindings = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = ChromiumBrowser.openOrSkip("http://localhost:" + port);
        browser.resize(1440, 1000);
    }

    @AfterEach
    void closeBrowser() {
        SecurityContextHolder.clearContext();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_analyst_raises_the_p01_cap_another_approves_new_proposals_get_p01_and_an_admin_rolls_it_back() throws Exception {
        try {
            walk();
        } catch (Throwable failed) {
            browser.screenshot("walk-failed-here");
            throw failed;
        }
    }

    private void walk() throws Exception {
        Api api = new Api(port);
        long shipped = rulesets.active().orElseThrow().id();
        assertThat(eligibleProgrammes(api, smeAsking(24))).as("before: the shipped cap of 16").doesNotContain("P01")
                .contains("P02");

        // 1. analyst signs in and opens 규칙.
        signIn("analyst");
        open("/rules");
        assertThat(browser.byId("active-version").getText()).contains("#" + shipped);
        axe("규칙");
        browser.screenshot("walk-01-rules");

        // 2. A new draft of the active version.
        typeInto(browser.byId("draft-name"), "P01 한도 16→32");
        press("draft-create");
        patient().until(d -> DRAFT_URL.matcher(d.getCurrentUrl()).find());
        settle();
        long draftId = idIn(DRAFT_URL, browser.driver().getCurrentUrl());
        assertThat(asAnalyst(() -> workspace.open(draftId)).basedOnVersionId()).isEqualTo(shipped);
        browser.byId("draft-files");
        axe("초안");
        browser.screenshot("walk-02-new-draft");

        // 3. caps.drl: the cap 16 → 32, typed into the editor and saved.
        clickCell("draft-files", "caps.drl");
        patient().until(d -> editorText().contains(CAP_16));
        setEditorText(editorText().replace(CAP_16, CAP_32));
        press("file-save");
        settle();
        patient().until(d -> asAnalyst(() -> workspace.open(draftId)).files().get("caps.drl").contains(CAP_32));
        browser.screenshot("walk-03-cap-raised");

        // 4. Validate: the scenario rows about 17–32 GPUs now fail, each located file:line:column.
        press("draft-validate");
        settle();
        patient().until(d -> browser.byId("validation-verdict").getText().startsWith("문제"));
        List<String> failing = cellTexts("validation-problems").stream().filter(t -> t.matches("scenarios/.+\\.csv:\\d+:\\d+"))
                .toList();
        assertThat(failing).as("scenario rows the new cap changes").isNotEmpty();
        browser.screenshot("walk-04-validation-fails");

        // 5. The scenarios: each failing file opens from its problem at its line; its rows take the draft's outcome.
        Map<String, String> updated = updatedScenarioFiles(draftId);
        assertThat(updated.keySet()).containsAll(failing.stream().map(t -> t.substring(0, t.indexOf(':'))).toList());
        for (Map.Entry<String, String> file : updated.entrySet()) {
            String problem = cellTexts("validation-problems").stream().filter(t -> t.startsWith(file.getKey() + ":"))
                    .findFirst().orElseThrow();
            clickCell("validation-problems", problem);
            browser.screenshot("walk-05-opened-at-problem");
            patient().until(d -> file.getKey().equals(String.valueOf(browser.js(
                    "return document.getElementById('editing-file').textContent.trim();"))));
            setEditorText(file.getValue());
            press("file-save");
            settle();
            patient().until(d -> asAnalyst(() -> workspace.open(draftId)).files().get(file.getKey())
                    .equals(file.getValue()));
        }
        browser.screenshot("walk-05-scenarios-updated");

        // 6. Validate again: it passes.
        press("draft-validate");
        settle();
        patient().until(d -> browser.byId("validation-verdict").getText().startsWith("통과"));
        browser.screenshot("walk-06-validation-passes");

        // 7. Simulate over the stored (demo) proposals: the affected ones are listed with links.
        clickTab("게시 요청");
        press("impact-run");
        patient().until(d -> !d.findElements(By.id("impact-changes")).isEmpty()
                && d.findElement(By.id("impact-changes")).isDisplayed());
        settle();
        List<ProposalChange> changes = changes(draftId);
        Set<Long> expected = new TreeSet<>(changes.stream().map(ProposalChange::proposalId).toList());
        // KOSA-07's SME asks 8 GPUs: still P01, but P01's reason names the cap (16장 → 32장); the 24-GPU SME
        // submitted above gains P01.
        assertThat(changes).as("demo proposals the raised cap changes")
                .anySatisfy(c -> assertThat(c.title()).isEqualTo(Api.demoProposals().get(6).get("title").asText()));
        patient().until(d -> linkedProposals().equals(expected));
        assertThat(browser.byId("impact-summary-simulated").getText()).contains("추천이 바뀌는 제안 " + expected.size() + "건");
        axe("게시 요청·영향 시뮬레이션");
        browser.screenshot("walk-07-simulated");

        // 8. Ask to publish, with a note.
        typeInto(browser.byId("request-note"), "P01 한도를 32장으로 올립니다.");
        press("request-send");
        patient().until(d -> REQUEST_URL.matcher(d.getCurrentUrl()).find());
        settle();
        long requestId = idIn(REQUEST_URL, browser.driver().getCurrentUrl());
        RequestView asked = asAnalyst(() -> publishing.requestOf(requestId));
        assertThat(asked.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(asked.requestedBy()).isEqualTo("analyst");
        assertThat(asked.impactSummary()).as("the simulation of exactly these files goes along").isNotEmpty();
        assertThat(browser.byId("request-own").isDisplayed()).as("the author sees it is theirs, no approve").isTrue();
        assertThat(browser.driver().findElements(By.id("request-approve"))).isEmpty();
        axe("게시 요청 검토");
        browser.screenshot("walk-08-requested");

        // 9. analyst2 approves: the new version is active.
        signOut();
        signIn("analyst2");
        open("/rules/requests/" + requestId);
        press("request-approve");
        settle();
        patient().until(d -> asAnalyst(() -> publishing.requestOf(requestId)).status() == RequestStatus.APPROVED);
        RequestView approved = asAnalyst(() -> publishing.requestOf(requestId));
        assertThat(approved.decidedBy()).isEqualTo("analyst2");
        RulesetStatus.ActiveVersion raised = rulesets.active().orElseThrow();
        assertThat(raised.id()).isEqualTo(approved.publishedVersionId());
        assertThat(raised.source()).isEqualTo("WORKSPACE");
        browser.screenshot("walk-09-approved");

        // 10. A newly submitted 24-GPU SME proposal gets P01.
        long withP01 = submit(api, smeAsking(24));
        assertThat(eligibleProgrammes(api, withP01)).contains("P01");
        open("/proposals/" + withP01);
        patient().until(d -> d.getPageSource().contains("P01"));
        browser.screenshot("walk-10-new-proposal-gets-p01");

        // 11. admin rolls back to the shipped version at once (the emergency brake).
        signOut();
        signIn("admin");
        open("/rules/history");
        clickCell("history", "#" + shipped);
        typeInto(browser.byId("rollback-note"), "P01 한도 원복");
        press("rollback-now");
        settle();
        patient().until(d -> rulesets.active().orElseThrow().id() != raised.id());
        RulesetStatus.ActiveVersion rolledBack = rulesets.active().orElseThrow();
        assertThat(rolledBack.source()).isEqualTo("ROLLBACK");
        assertThat(rolledBack.hash()).isEqualTo(rulesets.history().stream().filter(v -> v.id() == shipped).findFirst()
                .orElseThrow().hash());
        axe("이력");
        browser.screenshot("walk-11-rolled-back");

        // 12. The next 24-GPU SME proposal gets P02 again, not P01.
        long next = submit(api, smeAsking(24));
        assertThat(eligibleProgrammes(api, next)).doesNotContain("P01").contains("P02");

        assertThat(axeFindings).as("axe-core: serious or critical WCAG 2.1 A/AA violations on the 규칙 screens").isEmpty();
    }

    // ---- the browser ----

    private void signIn(String user) {
        open("/login");
        patient().until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(user);
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(Api.PASSWORD, Keys.ENTER);
        patient().until(d -> !d.getCurrentUrl().contains("/login"));
        settle();
    }

    private void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    /**
     * Validation, simulation and approval compile a ruleset on the server: on a loaded shared machine that takes
     * far longer than the browser helper's 20 s, so this walk waits up to 3 minutes for each step.
     */
    private org.openqa.selenium.support.ui.WebDriverWait patient() {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(3));
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
        settle();
    }

    /** Like ChromiumBrowser.waitForVaadin: no server round trip pending, but with the walk's patience. */
    private void settle() {
        patient().until(d -> Boolean.TRUE.equals(browser.js(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Scrolls the button into view (the page may have scrolled with the editor's cursor) and clicks it. */
    private void press(String id) {
        WebElement button = browser.byId(id);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", button);
        patient().until(d -> button.isDisplayed() && button.isEnabled());
        try {
            button.click();
        } catch (org.openqa.selenium.ElementNotInteractableException covered) {
            // vaadin-button's own box can be covered by its label part: click it as a keyboard user would.
            button.sendKeys(Keys.ENTER);
        }
    }

    private void typeInto(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        settle();
    }

    private String editorText() {
        return String.valueOf(browser.js("return document.querySelector('#code-editor-text textarea').value;"));
    }

    /** What typing the whole text does, at once: the textarea's value, then its input and change events. */
    private void setEditorText(String text) {
        browser.js("const t = document.querySelector('#code-editor-text textarea'); t.focus(); t.value = arguments[0];"
                + " t.dispatchEvent(new Event('input', {bubbles: true}));"
                + " t.dispatchEvent(new Event('change', {bubbles: true}));", text);
        // The editor sends its value lazily (ValueChangeMode.LAZY, 400 ms after the last input): let it go out.
        sleep(800);
        settle();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> cellTexts(String gridId) {
        settle();
        @SuppressWarnings("unchecked")
        List<Object> texts = (List<Object>) browser.js("return Array.from(document.getElementById(arguments[0])"
                + ".querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim());", gridId);
        return texts.stream().map(String::valueOf).toList();
    }

    private void clickCell(String gridId, String text) {
        WebElement cell = patient().until(d -> d.findElement(By.id(gridId))
                .findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> text.equals(c.getDomProperty("textContent").trim())).findFirst().orElse(null));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        settle();
    }

    private void clickTab(String label) {
        WebElement tab = patient().until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals(label)).findFirst().orElse(null));
        // Since the coverage table sits under the validation, the edit tab is longer than the window and
        // Chromium calls the tab "not interactable" after the scroll; a click event on the tab selects it the same.
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", tab);
        patient().until(d -> tab.getDomAttribute("selected") != null);
        settle();
    }

    /** The proposal ids linked from the simulation's changed-proposals grid (#id). */
    private Set<Long> linkedProposals() {
        Set<Long> ids = new TreeSet<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("#impact-changes a"))) {
            String href = String.valueOf(a.getDomAttribute("href"));
            Matcher m = Pattern.compile("proposals/(\\d+)$").matcher(href);
            if (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    private void axe(String screen) {
        Axe.check(browser).stream().filter(Axe.Violation::isSeriousOrCritical)
                .forEach(v -> axeFindings.add(screen + ": " + v));
    }

    // ---- what the test checks against ----

    private <T> T asAnalyst(java.util.concurrent.Callable<T> work) {
        try {
            return TestSecurity.runAs(context, "analyst", "ANALYST", work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Each scenario file whose rows the draft now answers differently, with those rows expecting that answer. */
    private Map<String, String> updatedScenarioFiles(long draftId) {
        return asAnalyst(() -> {
            Map<String, String> files = new LinkedHashMap<>();
            DraftView draft = workspace.open(draftId);
            for (String file : draft.files().keySet()) {
                if (!file.endsWith(".csv")) {
                    continue;
                }
                ScenarioTable.Rows rows = scenarios.rows(draftId, file);
                boolean changed = false;
                for (ScenarioTable.RowResult r : scenarios.run(draftId, file, rows.rows())) {
                    if (!r.passed()) {
                        r.row().setExpect(r.actual());
                        changed = true;
                    }
                }
                if (changed) {
                    files.put(file, rows.text());
                }
            }
            return files;
        });
    }

    /** The stored proposals whose recommendations the draft changes: the simulation service, run in-process. */
    private List<ProposalChange> changes(long draftId) {
        return asAnalyst(() -> simulation.simulate(workspace.open(draftId).files(), null, null, null).changes());
    }

    /** The SME of demo proposal 7 (an SME asking for GPUs) asking for {@code gpus} GPUs, under a new externalRef. */
    private static ObjectNode smeAsking(int gpus) {
        ObjectNode p = Api.demoProposal(6, "WALK-GPU" + gpus + "-" + UUID.randomUUID());
        ((ObjectNode) p.get("compute")).put("quantity", gpus);
        return p;
    }

    private static long submit(Api api, ObjectNode proposal) {
        Api.Reply reply = api.post("officer", "/api/proposals", proposal);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    private static List<String> eligibleProgrammes(Api api, ObjectNode proposal) {
        return eligibleProgrammes(api, submit(api, proposal));
    }

    private static List<String> eligibleProgrammes(Api api, long id) {
        JsonNode stored = api.get("officer", "/api/proposals/" + id).json();
        List<String> eligible = new ArrayList<>();
        stored.get("recommendations").forEach(r -> {
            if (r.get("eligibility").asText().equals("ELIGIBLE")) {
                eligible.add(r.get("programme").asText());
            }
        });
        return eligible;
    }

    private static long idIn(Pattern pattern, String url) {
        Matcher m = pattern.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1));
    }
}
