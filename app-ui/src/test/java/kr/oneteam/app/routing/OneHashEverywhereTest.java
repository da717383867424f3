package kr.oneteam.app.routing;

import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.rules.RoutingEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hash string everywhere (issue 7): the API's, the engine's (which the log prints and routed proposals
 * carry), the stored version's and the README's formula computed here by hand give the same value.
 */
@ApiTest
class OneHashEverywhereTest {

    @LocalServerPort
    int port;
    @Autowired
    RoutingEngine engine;
    @Autowired
    RulesetVersionRepository versions;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_api_the_engine_the_stored_version_and_the_readme_formula_give_one_hash() throws Exception {
        Api api = new Api(port);
        String fromApi = api.get("analyst", "/api/ruleset").json().get("hash").asText();
        long id = api.get("analyst", "/api/ruleset").json().get("id").asLong();
        Map<String, String> stored = transactions.execute(tx -> {
            Map<String, String> files = new TreeMap<>();
            versions.findById(id).orElseThrow().getFiles().forEach(f -> files.put(f.path(), f.content()));
            return files;
        });

        assertThat(fromApi).matches("sha256:[0-9a-f]{64}");
        assertThat(engine.active().hash()).isEqualTo(fromApi);
        assertThat(engine.router().hash()).as("what routed proposals carry").isEqualTo(fromApi);
        assertThat(readmeFormula(stored)).isEqualTo(fromApi);
        assertThat(api.get("analyst", "/api/ruleset").json().get("shortHash").asText())
                .isEqualTo(fromApi.substring(7, 19));
    }

    /** README "Where the rules live": files by path, each "<length of path>:<path>\n<UTF-8 length>\n<content>". */
    private static String readmeFormula(Map<String, String> files) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            sha.update((file.getKey().length() + ":" + file.getKey() + "\n" + content.length + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(content);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
