package kr.oneteam.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.rules.whatif.WhatIf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The service as the view calls it: who may ask, what an unknown id gets, that nothing is stored, and its cache. */
class WhatIfServiceTest extends KaribuSpringTest {

    @Autowired
    WhatIfService whatIf;

    @Autowired
    ReviewService review;

    @Test
    void readers_get_an_answer_kept_per_version_and_nothing_of_the_proposal_changes() {
        long id = fixtures.gpuProposal("반사실 주식회사", "GPU 요청", "본문", 24); // SME, 24 GPUs (stored as P01 by the fixture)
        signInAs("officer", "OFFICER");
        var before = review.proposal(id);
        long worked = whatIf.worked();

        WhatIf first = whatIf.explain(id);
        signInAs("analyst", "ANALYST");
        WhatIf again = whatIf.explain(id);

        assertThat(again).isSameAs(first);
        assertThat(whatIf.worked()).isEqualTo(worked + 1);
        // Routed by the engine, not read from what is stored: the active ruleset puts 24 GPUs in P02.
        assertThat(first.programme("P01").orElseThrow().changes())
                .anySatisfy(c -> assertThat(c.path()).isEqualTo("compute.quantity"));
        var after = review.proposal(id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.recommendations()).isEqualTo(before.recommendations());
        assertThat(after.history()).isEqualTo(before.history());
    }

    @Test
    void intake_clients_and_anonymous_callers_are_refused_and_an_unknown_proposal_is_named() {
        long id = fixtures.gpuProposal("권한 주식회사", "GPU 요청", "본문", 4);
        signInAs("intake", "INTAKE");
        assertThatThrownBy(() -> whatIf.explain(id)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> whatIf.explain(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        signInAs("admin", "ADMIN");
        assertThatThrownBy(() -> whatIf.explain(987_654_321L)).isInstanceOf(WhatIfService.UnknownProposal.class)
                .hasMessage("no proposal 987654321");
    }
}
