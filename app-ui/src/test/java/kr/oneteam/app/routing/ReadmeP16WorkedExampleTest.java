package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.ui.testing.TestSecurity;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of rules/README.md §6 in the running application, taken from the README itself: the
 * catalogue step (its JSON, posted as the analyst would), the new programme's rules saved into the watched
 * directory, and an officer who then sees the new programme by its names, Korean and English.
 */
class ReadmeP16WorkedExampleTest {

    @TempDir
    Path rulesDir;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_programme_added_with_its_rules_shows_its_names_to_officers() throws IOException {
        String readme = Files.readString(Path.of("../rules/README.md"));
        String example = readme.substring(readme.indexOf("## 6."), readme.indexOf("## 7."));
        List<String> blocks = codeBlocks(example, "json|drl|csv");
        RulesFolder folder = RulesFolder.copyOfShipped(rulesDir);
        try (StandaloneApp app = StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:p16-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=" + rulesDir,
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4")) {
            Api api = app.api();

            // The catalogue step: the README's JSON, as the analyst posts it.
            Api.Reply added = api.post("analyst", "/api/programmes", blocks.get(0));
            assertThat(added.status()).as(added.body()).isEqualTo(201);

            // The rules: the README's DRL, served-by row, scenarios and the updated rows of step 4.
            folder.write("p16-ai-talent.drl", blocks.get(1));
            String backlog = Files.readString(rulesDir.resolve("backlog.drl"));
            folder.write("backlog.drl", backlog.replace("    // TALENT and TAX: no programme serves them.\n", blocks.get(2)));
            folder.write("scenarios/p16-ai-talent.csv", blocks.get(3));
            updateRowsForStep4();
            RulesFolder.importNow(app);

            ObjectNode talent = RulesFolder.talentProposal("P16-" + UUID.randomUUID());
            ((ObjectNode) talent.get("company")).put("startup", true);
            long id = RulesetActivationTest.submit(api, talent);

            assertThat(cardOf(app, id, "P16", Locale.KOREAN)).contains("P16 AI 인재 양성");
            assertThat(cardOf(app, id, "P16", Locale.ENGLISH)).contains("P16 AI talent");
        }
    }

    /** The text of a recommendation card as an officer sees it on the proposal's page. */
    private static String cardOf(StandaloneApp app, long proposalId, String programme, Locale locale) {
        MockVaadin.tearDown();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("kr.oneteam.app"),
                app.context(), uiFactory));
        var authentication = TestSecurity.signIn(app.context(), "officer", "OFFICER");
        var request = (com.github.mvysny.fakeservlet.FakeRequest) ((com.vaadin.flow.server.VaadinServletRequest)
                com.vaadin.flow.server.VaadinServletRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> role.equals("OFFICER"));
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(ProposalView.class, proposalId);
        return _get(Component.class, spec -> spec.withId("rec-" + programme)).getElement().getTextRecursively();
    }

    private void updateRowsForStep4() throws IOException {
        update("scenarios/backlog-law-score.csv",
                "R-BKL-01 fires: talent and tax,No programme serves them; one reason per category,categories=TALENT|TAX,BACKLOG ELIGIBLE score=0 alloc=none rules=R-BKL-01 says=인력+세제",
                "R-BKL-01 fires: talent and tax,No programme serves them; one reason per category,categories=TALENT|TAX,P16 CONDITIONAL; BACKLOG ELIGIBLE says=세제");
        update("scenarios/backlog-law-score.csv", "BACKLOG ELIGIBLE rules=R-BKL-01 says=컴퓨팅자원+인력",
                "BACKLOG ELIGIBLE rules=R-BKL-01 says=컴퓨팅자원; P16 CONDITIONAL");
        update("scenarios/backlog-law-score.csv", "regulation.highImpactDomain=HIRING_LENDING,BACKLOG ELIGIBLE flags=§33",
                "regulation.highImpactDomain=HIRING_LENDING,P16 CONDITIONAL flags=§33");
        update("scenarios/ax-voucher-rnd.csv", "P14 ELIGIBLE score=60 rules=R-AX-01; BACKLOG ELIGIBLE says=인력",
                "P14 ELIGIBLE score=60 rules=R-AX-01; P16 CONDITIONAL");
        update("scenarios/regulation-power.csv", "flags=전력계통영향평가; BACKLOG ELIGIBLE says=인력",
                "flags=전력계통영향평가; P16 CONDITIONAL");
    }

    private void update(String file, String from, String to) throws IOException {
        String text = Files.readString(rulesDir.resolve(file));
        assertThat(text).as(file).contains(from);
        Files.writeString(rulesDir.resolve(file), text.replace(from, to));
    }

    /** The fenced blocks of the given kinds, their 3-space list indentation removed. */
    private static List<String> codeBlocks(String markdown, String kinds) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```(?:" + kinds + ")\\n(.*?)\\n\\s*```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1).replaceAll("(?m)^   ", "") + "\n");
        }
        return blocks;
    }
}
