package kr.oneteam.app.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammesViewTest extends KaribuSpringTest {

    @Autowired
    ProgrammeService programmes;

    private Long p08Before;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_changes_a_capacity_and_sees_the_remaining_amount_in_won() {
        signInAs("admin", "ADMIN");
        p08Before = programmes.programme("P08").capacity();
        UI.getCurrent().navigate(ProgrammesView.class);

        _setValue(_get(Select.class, spec -> spec.withId("capacity-programme")), "P08");
        _setValue(_get(TextField.class, spec -> spec.withId("capacity-value")), "5000000000");
        _click(_get(Button.class, spec -> spec.withId("capacity-save")));

        NotificationsKt.expectNotifications("P08 용량을 저장했습니다.");
        assertThat(programmes.programme("P08").capacity()).isEqualTo(5_000_000_000L);
        assertThat(_get(ProgrammesView.class).amount(kr.oneteam.domain.programme.CapacityUnit.KRW, 5_000_000_000L))
                .isEqualTo("₩5,000,000,000");
    }

    @AfterEach
    void restore() {
        signInAs("admin", "ADMIN");
        programmes.changeCapacity("P08", p08Before);
    }
}
