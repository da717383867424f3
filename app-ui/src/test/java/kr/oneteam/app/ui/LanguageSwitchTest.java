package kr.oneteam.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import kr.oneteam.app.account.AccountPreferences;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.account.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageSwitchTest extends KaribuSpringTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AccountPreferences preferences;

    @Test
    void the_ui_is_korean_by_default() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        assertThat(_get(H2.class, spec -> spec.withText("검토함"))).isNotNull();
    }

    @Test
    void switching_to_english_translates_labels_and_enum_values_and_is_remembered() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);

        _setValue(_get(LanguageSwitch.class), Locale.ENGLISH);

        assertThat(accounts.findByUsername("officer").orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
        // A new sign-in (a new UI) starts in the remembered language.
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Review queue"))).isNotNull();
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-programmes")).getLabel()).isEqualTo("Programmes");
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("count-AWAITING_REVIEW"))
                .getText()).startsWith("Awaiting review");
    }

    @AfterEach
    void backToKorean() {
        signInAs("officer", "OFFICER");
        preferences.chooseLanguage(Locale.KOREAN);
    }
}
