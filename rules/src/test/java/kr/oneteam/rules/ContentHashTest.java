package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One hash formula (docs/decisions/050): the engine's, the stored rows', the API's and the README's. */
class ContentHashTest {

    @Test
    void the_hash_is_the_documented_formula_over_the_files_sorted_by_path() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("z.drl", "rule Z");
        files.put("a.drl", "규칙 A");

        // README: for each file by path, "<length of path>:<path>\n<UTF-8 length of content>\n<content>".
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("5:a.drl\n".getBytes(StandardCharsets.UTF_8));
        sha.update("8\n".getBytes(StandardCharsets.UTF_8)); // 규 and 칙 are 3 bytes each in UTF-8
        sha.update("규칙 A".getBytes(StandardCharsets.UTF_8));
        sha.update("5:z.drl\n6\nrule Z".getBytes(StandardCharsets.UTF_8));

        assertThat(ContentHash.of(files)).isEqualTo("sha256:" + HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void moving_text_between_a_path_and_its_content_changes_the_hash() {
        assertThat(ContentHash.of(Map.of("x", "yz"))).isNotEqualTo(ContentHash.of(Map.of("xy", "z")));
        assertThat(ContentHash.of(Map.of("a", "1", "b", "2"))).isEqualTo(ContentHash.of(Map.of("b", "2", "a", "1")));
    }

    @Test
    void the_engine_reports_the_hash_of_what_it_read() {
        RulesetContent shipped = RulesetContent.shipped();

        assertThat(RoutingEngine.compile(shipped).router().hash()).isEqualTo(ContentHash.of(shipped.files()));
        assertThat(ContentHash.shortForm(shipped.hash())).hasSize(12).isEqualTo(shipped.hash().substring(7, 19));
    }
}
