package kr.oneteam.app.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.rules.RoutingEngine;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.textfield.TextArea;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammesViewTest extends KaribuSpringTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RulesetStatus rulesets;
    @Autowired
    RoutingEngine engine;

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

    @Test
    @SuppressWarnings("unchecked")
    void an_analyst_adds_a_programme_whose_problems_are_shown_by_field_and_then_describes_it_anew() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(ProgrammesView.class);

        _click(_get(Button.class, spec -> spec.withId("programme-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("programme-code")), "P96");
        _setValue(_get(TextField.class, spec -> spec.withId("programme-name-ko")), "AI 인재 양성");
        _setValue(_get(TextField.class, spec -> spec.withId("programme-agency")), "MSIT");
        _setValue(_get(TextArea.class, spec -> spec.withId("programme-gives")), "교육비 지원");
        _setValue(_get(Select.class, spec -> spec.withId("programme-unit")), CapacityUnit.GPU);
        _setValue(_get(TextField.class, spec -> spec.withId("programme-capacity")), "40");
        _click(_get(Button.class, spec -> spec.withId("programme-save")));

        TextField nameEn = _get(TextField.class, spec -> spec.withId("programme-name-en"));
        assertThat(nameEn.isInvalid()).isTrue();
        assertThat(nameEn.getErrorMessage()).isEqualTo("필수 항목입니다");
        assertThat(programmes.catalogue()).noneMatch(p -> p.code().equals("P96"));

        _setValue(nameEn, "AI talent");
        _click(_get(Button.class, spec -> spec.withId("programme-save")));

        NotificationsKt.expectNotifications("P96 지원사업을 저장했습니다.");
        ProgrammeCapacity added = programmes.programme("P96");
        assertThat(added.name(java.util.Locale.ENGLISH)).isEqualTo("AI talent");
        assertThat(added.capacity()).isEqualTo(40L);

        Grid<ProgrammeCapacity> grid = _get(Grid.class, spec -> spec.withId("programmes-grid"));
        int row = grid.getListDataView().getItems().map(ProgrammeCapacity::code).toList().indexOf("P96");
        _click((Button) GridKt._getCellComponent(grid, row, "edit"));
        assertThat(_get(TextField.class, spec -> spec.withId("programme-code")).isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("programme-name-ko")), "AI 인재 양성(2차)");
        _click(_get(Button.class, spec -> spec.withId("programme-save")));

        assertThat(programmes.programme("P96").nameKo()).isEqualTo("AI 인재 양성(2차)");
    }

    @Test
    void officers_read_the_catalogue_and_the_ruleset_in_force_but_cannot_edit() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProgrammesView.class);

        _assertNone(Button.class, spec -> spec.withId("programme-add"));
        _assertNone(Button.class, spec -> spec.withId("programme-edit-P01"));
        String hash = rulesets.active().orElseThrow().hash();
        assertThat(_get(Span.class, spec -> spec.withId("ruleset-line")).getText()).contains(hash).contains("기본 규칙");
        assertThat(engine.active().hash()).as("the UI shows the engine's hash").isEqualTo(hash);
    }

    @AfterEach
    void restore() {
        if (p08Before != null) {
            signInAs("admin", "ADMIN");
            programmes.changeCapacity("P08", p08Before);
        }
    }
}
