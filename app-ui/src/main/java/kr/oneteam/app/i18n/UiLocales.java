package kr.oneteam.app.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages of the UI. Korean is the default: officers switch to English, not the other way round. */
public final class UiLocales {

    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(KOREAN, ENGLISH);

    private UiLocales() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The supported locale closest to the given one; anything but English is Korean. */
    public static Locale supported(Locale locale) {
        return isEnglish(locale) ? ENGLISH : KOREAN;
    }
}
