package kr.oneteam.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;

class UiBundleTest {

    @Test
    void korean_and_english_ui_bundles_have_the_same_keys() throws Exception {
        assertThat(UiI18NProvider.bundleNames()).startsWith("i18n.ui");
        for (String bundle : UiI18NProvider.bundleNames()) {
            String file = bundle.replace('.', '/');
            assertThat(load(file + "_en.properties").stringPropertyNames())
                    .as(file + "_en.properties against " + file + ".properties")
                    .containsExactlyInAnyOrderElementsOf(load(file + ".properties").stringPropertyNames());
        }
    }

    @Test
    void no_key_is_defined_in_two_ui_bundles() throws Exception {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : UiI18NProvider.bundleNames()) {
            for (String key : load(bundle.replace('.', '/') + ".properties").stringPropertyNames()) {
                String before = owner.put(key, bundle);
                assertThat(before).as("key " + key + " in " + bundle).isNull();
            }
        }
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
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
