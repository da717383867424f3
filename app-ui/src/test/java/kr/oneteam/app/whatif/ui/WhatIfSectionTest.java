package kr.oneteam.app.whatif.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case screen's "what would change it" section for demo proposals taken in through intake, in Korean and English. */
class WhatIfSectionTest extends KaribuSpringTest {

    @Autowired
    IntakeService intake;

    @Autowired
    ObjectMapper json;

    @Autowired
    kr.oneteam.app.whatif.WhatIfService whatIf;

    @Autowired
    kr.oneteam.app.programme.ProgrammeService programmes;

    @Test
    void a_large_companys_gpu_ask_names_the_size_class_in_korean_and_english() throws Exception {
        long ncAi = submitDemo(13, null); // NC AI: LARGE, 512 GPUs for pre-training
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, ncAi);

        List<String> p02 = open("P02");
        assertThat(p02.get(0)).contains("P02").contains("현재 부적격");
        assertThat(p02).anySatisfy(line -> assertThat(line).startsWith("기업 규모 대기업 → ").contains("중소기업")
                .endsWith("이면 적격"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalView.class, ncAi);
        List<String> english = open("P02");
        assertThat(english.get(0)).contains("ineligible now");
        assertThat(english).anySatisfy(line -> assertThat(line).startsWith("Size class Large enterprise → ")
                .endsWith("makes it eligible"));
    }

    @Test
    void a_24_gpu_sme_ask_names_the_16_gpu_threshold_and_the_eligible_programme_is_not_listed() throws Exception {
        long sme = submitDemo(7, 24); // 포티투마루 (SME) asking for 24 instead of 8 GPUs: P02 ELIGIBLE, P01 not recommended
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(ProposalView.class, sme);

        List<String> p01 = open("P01");
        assertThat(p01.get(0)).contains("추천되지 않음");
        assertThat(p01).contains("GPU 24장 → 16장 이하이면 적격");
        assertThat(_find(ListItem.class, spec -> spec.withId("whatif-P02"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("whatif-intro")).getText()).startsWith("규칙 버전 ");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalView.class, sme);
        assertThat(open("P01")).contains("GPUs 24 → at most 16 makes it eligible");
    }

    @Test
    void a_failure_shows_a_note_and_leaves_the_screen_usable() {
        signInAs("officer", "OFFICER");
        WhatIfSection section = new WhatIfSection(whatIf, programmes, 987_654_321L); // no such proposal
        UI.getCurrent().add(section);

        section.setOpened(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("whatif-error")).getText())
                .startsWith("지금은 무엇을 바꾸면 되는지 판정하지 못했습니다");
        section.setOpened(false);
        section.setOpened(true); // tried again, not a second note
        assertThat(_find(Paragraph.class, spec -> spec.withId("whatif-error"))).hasSize(1);
    }

    /** Opens the section and returns the programme's heading followed by its change lines. */
    private List<String> open(String programme) {
        Details section = _get(Details.class, spec -> spec.withId("whatif"));
        section.setOpened(true);
        ListItem item = _get(ListItem.class, spec -> spec.withId("whatif-" + programme));
        List<String> lines = new java.util.ArrayList<>();
        lines.add(item.getChildren().findFirst().orElseThrow().getElement().getTextRecursively());
        _find(item, ListItem.class).stream().filter(li -> li.hasClassName("whatif-change"))
                .forEach(li -> lines.add(li.getText()));
        return lines;
    }

    /** A demo proposal taken in through the intake path under a fresh reference, optionally asking for other GPUs. */
    private long submitDemo(int number, Integer gpus) throws Exception {
        ObjectNode item;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/kosa-2025-07-08.json")) {
            item = (ObjectNode) json.readTree(in).get(number - 1).deepCopy();
        }
        item.put("externalRef", "WHATIF-" + UUID.randomUUID());
        if (gpus != null) {
            ((ObjectNode) item.get("compute")).put("quantity", gpus);
        }
        return intake.submit(item, "test").id();
    }
}
