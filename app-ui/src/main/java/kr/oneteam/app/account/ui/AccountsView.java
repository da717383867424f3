package kr.oneteam.app.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import kr.oneteam.app.account.AccountAdministration;
import kr.oneteam.app.account.AccountAdministration.AccountLine;
import kr.oneteam.app.account.Passwords;
import kr.oneteam.app.account.TokenAdministration;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.app.ui.PasswordDialog;
import kr.oneteam.domain.account.Role;

/**
 * 사용자 관리 (ADMIN): each account's roles and whether it may sign in, a password reset, and the selected
 * account's API tokens ({@link TokensPanel}).
 */
@Route(value = "accounts", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountAdministration administration;
    private final transient Passwords passwords;
    private final Grid<AccountLine> grid = new Grid<>();
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final TokensPanel tokens;

    public AccountsView(AccountAdministration administration, Passwords passwords, TokenAdministration tokenAdministration) {
        this.administration = administration;
        this.passwords = passwords;
        this.tokens = new TokensPanel(tokenAdministration);
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("accounts.title")), grid, editor(), tokens);
        grid.setItems(administration.accounts());
    }

    private void configureGrid() {
        grid.setId("accounts-grid");
        grid.addColumn(AccountLine::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(AccountLine::displayName).setHeader(getTranslation("accounts.displayName")).setFlexGrow(1);
        grid.addColumn(line -> line.roles().stream().sorted().map(this::roleLabel).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles")).setFlexGrow(1);
        grid.addColumn(line -> getTranslation(line.enabled() ? "value.yes" : "value.no"))
                .setHeader(getTranslation("accounts.enabled")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
    }

    private HorizontalLayout editor() {
        roles.setId("account-roles");
        roles.setLabel(getTranslation("accounts.roles"));
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(this::roleLabel);
        enabled.setId("account-enabled");
        enabled.setLabel(getTranslation("accounts.enabled"));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("password.reset"), click -> openPasswordReset());
        reset.setId("account-password-reset");
        HorizontalLayout editor = new HorizontalLayout(roles, enabled, save, reset);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return editor;
    }

    private String roleLabel(Role role) {
        return getTranslation("role." + role.name());
    }

    private void edit(AccountLine line) {
        roles.setValue(line == null ? java.util.Set.of() : line.roles());
        enabled.setValue(line != null && line.enabled());
        tokens.show(line == null ? null : line.username());
    }

    private void openPasswordReset() {
        AccountLine selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        PasswordDialog dialog = new PasswordDialog(getTranslation("password.reset") + " — " + selected.username(), false);
        dialog.addPasswordChosenListener(event -> resetPassword(dialog, selected.username(), event));
        dialog.open();
    }

    private void resetPassword(PasswordDialog dialog, String username, PasswordDialog.PasswordChosen event) {
        if (!event.chosen().equals(event.repeated())) {
            dialog.refused("password.mismatch", getTranslation("password.mismatch"));
            return;
        }
        try {
            passwords.reset(username, event.chosen());
            dialog.close();
            Notification.show(getTranslation("password.resetDone", username), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            dialog.refused(refused.messageKey(), getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void save() {
        AccountLine selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        try {
            administration.change(selected.username(), roles.getValue(), enabled.getValue());
            grid.setItems(administration.accounts());
            tokens.show(selected.username());
            Notification.show(getTranslation("accounts.saved", selected.username()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
