package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped ruleset's index lists every file beside it, and the hash identifies the content. */
class RulesetFilesTest {

    @Test
    void index_lists_every_drl_and_scenario_file_of_the_shipped_ruleset() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource(RulesetFiles.DEFAULT_LOCATION).toURI());
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(RulesetFiles.fromClasspath().files().keySet()).containsExactlyInAnyOrderElementsOf(
                    files.filter(Files::isRegularFile)
                            .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                            .filter(RulesetFiles::isRulesetFile).toList());
        }
    }

    @Test
    void hash_is_sha256_of_paths_and_contents_and_changes_with_either() {
        RulesetFiles shipped = RulesetFiles.fromClasspath();
        java.util.TreeMap<String, String> renamed = new java.util.TreeMap<>(shipped.files());
        renamed.put("zz.drl", renamed.remove("score.drl"));
        java.util.TreeMap<String, String> edited = new java.util.TreeMap<>(shipped.files());
        edited.put("score.drl", edited.get("score.drl") + "\n");

        assertThat(shipped.hash()).matches("sha256:[0-9a-f]{64}").isEqualTo(RulesetFiles.fromClasspath().hash());
        assertThat(new RulesetFiles("x", renamed, java.util.List.of()).hash()).isNotEqualTo(shipped.hash());
        assertThat(new RulesetFiles("x", edited, java.util.List.of()).hash()).isNotEqualTo(shipped.hash());
    }
}
