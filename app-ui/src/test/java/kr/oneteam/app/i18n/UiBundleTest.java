package kr.oneteam.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;

class UiBundleTest {

    @Test
    void korean_and_english_ui_bundles_have_the_same_keys() throws Exception {
        assertThat(load("i18n/ui_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/ui.properties").stringPropertyNames());
    }

    @Test
    void vocabulary_labels_come_from_the_domain_and_amounts_are_won_with_separators() {
        UiI18NProvider provider = new UiI18NProvider();
        assertThat(provider.getTranslation("ProposalStatus." + ProposalStatus.NEEDS_INFO.name(), Locale.KOREAN))
                .isEqualTo("보완 요청");
        assertThat(provider.getTranslation("nav.queue", Locale.ENGLISH)).isEqualTo("Review queue");
        assertThat(provider.getTranslation("nav.queue", Locale.GERMAN)).isEqualTo("검토함");
        assertThat(Formats.krw(27_000_000_000L)).isEqualTo("₩27,000,000,000");
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = UiBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
