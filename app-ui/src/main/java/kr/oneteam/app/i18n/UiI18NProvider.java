package kr.oneteam.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every string the officers read: Korean first ({@code i18n/<feature>.properties}), English second
 * ({@code i18n/<feature>_en.properties}). Each feature keeps its strings in a bundle of its own under
 * {@code i18n/} (the shared frame in {@code ui.properties}), so that features do not edit one file;
 * every bundle found there is searched, {@code ui} first. A key must be unique across bundles
 * ({@link #bundleNames()} is checked by UiBundleTest). Vocabulary keys ({@code EnumType.CONSTANT}) fall
 * back to the domain's labels bundle so that enum labels are translated in one place only. The
 * validation messages of the intake API live in their own bundle; these are only for the UI.
 */
@Component
public class UiI18NProvider implements I18NProvider {

    static final String FOLDER = "i18n";
    private static final String MAIN_BUNDLE = FOLDER + ".ui";
    private static final String VOCABULARY_BUNDLE = "kr.oneteam.domain.vocabulary.labels";
    private static final List<String> BUNDLES = discoverBundles();

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = UiLocales.supported(locale);
        String pattern = null;
        for (int i = 0; i < BUNDLES.size() && pattern == null; i++) {
            pattern = find(BUNDLES.get(i), key, wanted);
        }
        if (pattern == null) {
            pattern = find(VOCABULARY_BUNDLE, key, wanted);
        }
        if (pattern == null) {
            // A missing key must be visible in the UI and in tests, never silently blank.
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
    }

    /** The UI bundles by base name ("i18n.ui", "i18n.desk", …), {@code ui} first. */
    static List<String> bundleNames() {
        return BUNDLES;
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

    /** Korean (root) bundles are the files without a locale suffix: {@code ui.properties}, not {@code ui_en.properties}. */
    private static List<String> discoverBundles() {
        List<String> names = new ArrayList<>();
        names.add(MAIN_BUNDLE);
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(UiI18NProvider.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "/*.properties");
            for (Resource resource : found) {
                String file = resource.getFilename();
                if (file == null || file.contains("_")) {
                    continue;
                }
                String name = FOLDER + "." + file.substring(0, file.length() - ".properties".length());
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the UI bundles under " + FOLDER + "/", e);
        }
        names.subList(1, names.size()).sort(null);
        return List.copyOf(names);
    }
}
