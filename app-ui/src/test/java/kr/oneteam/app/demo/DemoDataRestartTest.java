package kr.oneteam.app.demo;

import kr.oneteam.app.StandaloneApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** First start on an empty H2 file loads the 13 demo proposals; a restart keeps them and loads nothing twice. */
class DemoDataRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void the_demo_proposals_are_stored_with_recommendations_once_and_survive_a_restart() {
        Map<String, Long> afterFirstStart;
        try (StandaloneApp app = start()) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            afterFirstStart = counts(jdbc);
            assertThat(afterFirstStart.get("proposal")).isEqualTo(13);
            assertThat(jdbc.queryForObject("select count(*) from proposal p where not exists "
                    + "(select 1 from recommendation r where r.proposal_id = p.id)", Long.class)).isZero();
            assertThat(jdbc.queryForList("select distinct status from proposal", String.class))
                    .containsExactly("AWAITING_REVIEW");
            assertThat(jdbc.queryForList("select external_ref from proposal order by external_ref", String.class))
                    .first().isEqualTo("KOSA-20250708-01");
        }

        try (StandaloneApp app = start()) {
            assertThat(counts(app.bean(JdbcTemplate.class))).isEqualTo(afterFirstStart);
        }
    }

    private StandaloneApp start() {
        return StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("oneteam")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--oneteam.data.dir=" + dataDir,
                "--oneteam.rules.dir=",
                "--oneteam.security.bcrypt-strength=4");
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        return Map.of(
                "proposal", count(jdbc, "proposal"),
                "recommendation", count(jdbc, "recommendation"),
                "company", count(jdbc, "company"),
                "ruleset_version", count(jdbc, "ruleset_version"),
                "user_account", count(jdbc, "user_account"));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
