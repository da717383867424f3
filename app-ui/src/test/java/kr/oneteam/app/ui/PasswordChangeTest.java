package kr.oneteam.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import kr.oneteam.app.account.AccountAdministration.AccountLine;
import kr.oneteam.app.account.ui.AccountsView;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The header's 비밀번호 변경 dialog and ADMIN's reset in 사용자 관리: what is refused where, and what is stored. */
class PasswordChangeTest extends KaribuSpringTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;

    String user;

    @BeforeEach
    void account() {
        user = "pw-" + System.nanoTime();
        accounts.save(new UserAccount(user, encoder.encode("old-password-1"), Set.of(Role.OFFICER)));
    }

    @Test
    void a_user_changes_their_own_password_from_the_header_and_a_wrong_current_one_is_refused_on_its_field() {
        signInAs(user, "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        fill("not-my-password", "new-password-2026", "new-password-2026");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-current")).getErrorMessage())
                .isEqualTo("현재 비밀번호가 맞지 않습니다.");
        fill("old-password-1", "short", "short");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new")).isInvalid()).isTrue();
        fill("old-password-1", "new-password-2026", "new-password-2027");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-repeat")).isInvalid()).isTrue();
        assertThat(encoder.matches("old-password-1", accounts.findByUsername(user).orElseThrow().getPasswordHash())).isTrue();

        fill("old-password-1", "new-password-2026", "new-password-2026");
        NotificationsKt.expectNotifications("비밀번호를 변경했습니다.");
        UserAccount changed = accounts.findByUsername(user).orElseThrow();
        assertThat(encoder.matches("new-password-2026", changed.getPasswordHash())).isTrue();
        assertThat(audit.findByActorOrderByAtDesc(user)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("PASSWORD CHANGE");
            assertThat(e.getAfter()).contains("self").doesNotContain(changed.getPasswordHash());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_resets_another_accounts_password_in_the_accounts_view() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountLine> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        grid.select(grid.getListDataView().getItems().filter(l -> l.username().equals(user)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("account-password-reset")));

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "reset-by-admin-1");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "reset-by-admin-1");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(encoder.matches("reset-by-admin-1", accounts.findByUsername(user).orElseThrow().getPasswordHash())).isTrue();
        assertThat(audit.findByActorOrderByAtDesc("admin")).anySatisfy(e ->
                assertThat(e.getAfter()).contains(user).contains("admin reset"));
    }

    private void fill(String current, String chosen, String repeated) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), chosen);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), repeated);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }
}
