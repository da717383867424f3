package kr.oneteam.domain.vocabulary;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A vocabulary value that people see by its label, Korean first and English second. Labels live in
 * {@code labels.properties} (Korean, the default) and {@code labels_en.properties}, keyed
 * {@code EnumType.CONSTANT}, so that translators edit one file and the UI's I18N provider can reuse it.
 */
public interface Labelled {

    Locale KOREAN = Locale.KOREAN;

    String name();

    default String korean() {
        return label(KOREAN);
    }

    default String english() {
        return label(Locale.ENGLISH);
    }

    default String label(Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(
                "kr.oneteam.domain.vocabulary.labels", wanted, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString(getClass().getSimpleName() + "." + name());
    }
}
