package kr.oneteam.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.oneteam.app.account.AccountPreferences;
import kr.oneteam.app.account.Passwords;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.CurrentUser;

/**
 * The frame around every signed-in view: the menu (only the entries the user's roles may open), the
 * user's name, the language switch, the password change and sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout implements RouterLayout {

    private final transient AuthenticationContext authentication;
    private final transient AccessAnnotationChecker access;
    private final transient AccountPreferences preferences;
    private final transient Passwords passwords;

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access,
                      AccountPreferences preferences, Passwords passwords) {
        this.authentication = authentication;
        this.access = access;
        this.preferences = preferences;
        this.passwords = passwords;
        addToNavbar(new DrawerToggle(), title(), header());
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
    }

    private Span title() {
        Span title = new Span(getTranslation("app.title"));
        title.addClassNames("text-l", "font-semibold");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        return title;
    }

    private HorizontalLayout header() {
        Span user = new Span(CurrentUser.username().orElse(""));
        user.setId("current-user");
        LanguageSwitch language = new LanguageSwitch(getLocale());
        language.addLanguageChosenListener(event -> chooseLanguage(event.locale()));
        Button password = new Button(getTranslation("password.change"), click -> openPasswordDialog());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-password");
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(user, language, password, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private void openPasswordDialog() {
        PasswordDialog dialog = new PasswordDialog(getTranslation("password.change"), true);
        dialog.addPasswordChosenListener(event -> changePassword(dialog, event));
        dialog.open();
    }

    private void changePassword(PasswordDialog dialog, PasswordDialog.PasswordChosen event) {
        try {
            passwords.changeOwn(event.current(), event.chosen(), event.repeated());
            dialog.close();
            Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefused refused) {
            dialog.refused(refused.messageKey(), getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        List<Navigation.Entry> entries = Navigation.entries();
        for (Navigation.Entry entry : entries) {
            var view = com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getRoute(entry.route());
            if (view.isPresent() && access.hasAccess(view.get())) {
                SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()), view.get());
                item.setId("nav-" + entry.id());
                nav.addItem(item);
            }
        }
        return nav;
    }

    private void chooseLanguage(java.util.Locale locale) {
        preferences.chooseLanguage(locale);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
            // Every label is built in the constructors: rebuilding the page is simpler and surer than
            // making each component a LocaleChangeObserver.
            ui.getPage().reload();
        });
    }
}
