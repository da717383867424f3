package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.UUID;
import kr.oneteam.app.Api;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * POLICY.md §4 on the officer's screen: a youth-founded startup routed by the shipped rules through the real
 * intake shows "자부담 2.5%" (and "self-pay 2.5%" in English) — the exact decimal, stored and read back.
 */
class SelfPayShareViewTest extends KaribuSpringTest {

    @Autowired
    IntakeService intake;

    private long youthFoundedStartupAsking32Gpus() {
        ObjectNode proposal = Api.demoProposal(0, "T-" + UUID.randomUUID());
        ((ObjectNode) proposal.get("company")).put("sizeClass", "SME").put("startup", true).put("youthFounded", true);
        ((ObjectNode) proposal.get("compute")).put("quantity", 32).put("months", 3);
        TestSecurity.signIn(context, "intake", "INTAKE");
        return intake.submit(proposal, "intake").id();
    }

    @Test
    void the_p02_allocation_shows_two_and_a_half_percent_in_korean_and_in_english() {
        long id = youthFoundedStartupAsking32Gpus();
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        assertThat(_get(Span.class, spec -> spec.withId("allocation-P02")).getText())
                .isEqualTo("GPU 32장 · 3개월 · 자부담 2.5%");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalView.class, id);
        assertThat(_get(Span.class, spec -> spec.withId("allocation-P02")).getText())
                .isEqualTo("32 GPUs · 3 months · self-pay 2.5%");
    }
}
