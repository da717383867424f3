package kr.oneteam.app.briefing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;

class BriefingViewTest extends KaribuSpringTest {

    @Test
    void the_briefing_of_today_lists_each_ask_as_text_and_offers_the_pdf() {
        fixtures.gpuProposal("<img src=x onerror=alert(1)> 보고 주식회사", "보고 GPU 요청", "본문", 1);
        signInAs("analyst", "ANALYST");
        String today = Formats.todayInSeoul().toString();
        UI.getCurrent().navigate("briefing", QueryParameters.simple(java.util.Map.of(
                "from", Formats.todayInSeoul().minusDays(1).toString(), "to", today)));

        assertThat(_get(H2.class, spec -> spec.withId("briefing-title")).getText()).contains(today);
        UnorderedList lines = _get(UnorderedList.class, spec -> spec.withId("briefing-lines"));
        assertThat(lines.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)> 보고 주식회사")
                .contains("보고 GPU 요청").contains("P01 적격");
        // Set as text: no element was made from the company's markup.
        assertThat(lines.getElement().getOuterHTML()).doesNotContain("<img");
        assertThat(_get(Anchor.class, spec -> spec.withId("briefing-pdf")).getHref()).isNotBlank();
    }

    @Test
    void a_hostile_or_broken_address_gives_an_open_ended_briefing_not_an_error() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate("briefing", QueryParameters.simple(java.util.Map.of(
                "from", "not-a-date", "event", "1';--", "programme", "<x>")));
        assertThat(_get(H2.class, spec -> spec.withId("briefing-title")).getText()).contains("…");
    }
}
