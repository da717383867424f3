package kr.oneteam.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.programme.ui.ProgrammesView;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.registration.ui.ProposalFormView;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RoleAccessTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Autowired
    ProgrammeService programmes;

    private static Object shownView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void an_officer_sees_queue_registration_and_programmes_in_the_menu() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-queue")).getLabel()).isEqualTo("검토함");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-register")).getLabel()).isEqualTo("제안 등록");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-programmes")).getLabel()).isEqualTo("지원사업");
    }

    @Test
    void an_analyst_neither_sees_nor_reaches_the_registration_form() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(QueueView.class);
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-register"));

        UI.getCurrent().navigate(ProposalFormView.class);
        assertThat(shownView()).isNotInstanceOf(ProposalFormView.class);
        assertThat(shownView().getClass().getSimpleName()).containsAnyOf("Error", "Login");
    }

    @Test
    void a_service_refuses_a_decision_from_an_analyst_even_without_the_view() {
        long id = fixtures.gpuProposal("권한 주식회사", "GPU 요청", "본문", 1);
        signInAs("analyst", "ANALYST");
        var detail = review.proposal(id);
        assertThatThrownBy(() -> review.accept(id, detail.version(), detail.recommendations().get(0).id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.changeCapacity("P01", 9999L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_admin_gets_the_capacity_editor() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProgrammesView.class);
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("capacity-save"));

        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(ProgrammesView.class);
        _assertOne(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("capacity-save"));
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_page() {
        signInAs("anonymousUser");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().navigate(QueueView.class);
        assertThat(shownView()).isNotInstanceOf(QueueView.class);
        assertThat(shownView().getClass().getSimpleName()).containsAnyOf("Error", "Login");
    }
}
