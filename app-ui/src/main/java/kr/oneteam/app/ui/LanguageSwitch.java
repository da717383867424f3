package kr.oneteam.app.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import kr.oneteam.app.i18n.UiLocales;

/** 한국어 / English. Fires {@link LanguageChosen}; whoever listens stores the choice and redraws. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Locale current) {
        setId("language-switch");
        setItems(UiLocales.SUPPORTED);
        // Each language is named in itself, so that a user who cannot read the current one finds theirs.
        setItemLabelGenerator(locale -> UiLocales.isEnglish(locale) ? "English" : "한국어");
        setValue(UiLocales.supported(current));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                fireEvent(new LanguageChosen(this, event.getValue()));
            }
        });
    }

    public Registration addLanguageChosenListener(ComponentEventListener<LanguageChosen> listener) {
        return addListener(LanguageChosen.class, listener);
    }

    public static class LanguageChosen extends ComponentEvent<LanguageSwitch> {
        private final Locale locale;

        LanguageChosen(LanguageSwitch source, Locale locale) {
            super(source, true);
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }
    }
}
