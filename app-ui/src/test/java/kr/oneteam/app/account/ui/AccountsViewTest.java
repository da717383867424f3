package kr.oneteam.app.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import kr.oneteam.app.account.AccountAdministration.AccountLine;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends KaribuSpringTest {

    @Autowired
    UserAccountRepository accounts;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_changes_an_accounts_roles_and_an_admin_cannot_drop_their_own_admin_role() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountLine> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));

        grid.select(line("intake", grid));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("account-roles")), Set.of(Role.INTAKE, Role.ANALYST));
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        assertThat(accounts.findByUsername("intake").orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.INTAKE, Role.ANALYST);

        grid.select(line("admin", grid));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("account-roles")), Set.of(Role.OFFICER));
        _click(_get(Button.class, spec -> spec.withId("account-save")));
        NotificationsKt.expectNotifications("사용자 intake 권한을 저장했습니다.", "자신의 관리자 권한을 없애거나 자신을 비활성화할 수 없습니다.");
        assertThat(accounts.findByUsername("admin").orElseThrow().getRoles()).contains(Role.ADMIN);

        restoreIntake();
    }

    private void restoreIntake() {
        UI.getCurrent().navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountLine> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        grid.select(line("intake", grid));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("account-roles")), Set.of(Role.INTAKE));
        _click(_get(Button.class, spec -> spec.withId("account-save")));
    }

    private static AccountLine line(String username, Grid<AccountLine> grid) {
        return grid.getListDataView().getItems().filter(l -> l.username().equals(username)).findFirst().orElseThrow();
    }
}
