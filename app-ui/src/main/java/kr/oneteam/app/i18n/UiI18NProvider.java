package kr.oneteam.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every string the officers read: Korean first ({@code i18n/ui.properties}), English second
 * ({@code i18n/ui_en.properties}). Vocabulary keys ({@code EnumType.CONSTANT}) fall back to the domain's
 * labels bundle so that enum labels are translated in one place only. The validation messages of the
 * intake API live in their own bundle; this one is only for the UI.
 */
@Component
public class UiI18NProvider implements I18NProvider {

    private static final String UI_BUNDLE = "i18n.ui";
    private static final String VOCABULARY_BUNDLE = "kr.oneteam.domain.vocabulary.labels";

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = UiLocales.supported(locale);
        String pattern = find(UI_BUNDLE, key, wanted);
        if (pattern == null) {
            pattern = find(VOCABULARY_BUNDLE, key, wanted);
        }
        if (pattern == null) {
            // A missing key must be visible in the UI and in tests, never silently blank.
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
    }

    private static String find(String bundleName, String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName,
                    UiLocales.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
