package kr.oneteam.app.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kr.oneteam.app.account.AccountPreferences;
import org.springframework.stereotype.Component;

/**
 * Korean by default, whatever the browser says; a signed-in user gets the language they chose. Set on
 * every new UI, so that after sign-in or a language switch (both reload the page) the choice holds.
 */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    private final AccountPreferences preferences;

    UiLocaleInitializer(AccountPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var locale = preferences.preferredLocale();
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
        });
    }
}
