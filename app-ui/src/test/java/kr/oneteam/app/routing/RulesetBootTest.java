package kr.oneteam.app.routing;

import kr.oneteam.app.StandaloneApp;
import kr.oneteam.domain.ruleset.RulesetSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up with a stored active version that this release cannot serve (docs/decisions/050, 051): the ruleset
 * compiles in the background while the application starts, yet such a version still stops the start with the
 * reason — never a silent fall-back to the shipped rules — unless the operator asks to publish the shipped
 * ruleset as a new, audited version.
 */
class RulesetBootTest {

    @TempDir
    Path dataDir;

    private StandaloneApp start(String... extra) {
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("oneteam")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--oneteam.data.dir=" + dataDir,
                "--oneteam.rules.dir=",
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4"};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return StandaloneApp.start(null, all);
    }

    @Test
    void an_active_version_this_release_cannot_serve_stops_the_start_unless_a_reseed_is_asked_for() {
        long seeded;
        try (StandaloneApp app = start()) {
            ServedRuleset served = app.bean(ServedRuleset.class);
            assertThat(served.isServing()).as("served before the application runners ran").isTrue();
            seeded = served.versionId();
            // Someone edits the stored files behind the application's back: they no longer match their hash.
            app.bean(JdbcTemplate.class).update("update ruleset_file set content = content || ' ' "
                    + "where ruleset_version_id = ? and item_order = 0", seeded);
        }

        assertThatThrownBy(this::start).hasStackTraceContaining("The active ruleset version #" + seeded
                + " cannot be served by this release: its files do not match its hash");

        try (StandaloneApp app = start("--oneteam.rules.reseed-if-active-does-not-compile=true")) {
            RulesetStatus.ActiveVersion active = app.bean(RulesetStatus.class).active().orElseThrow();
            assertThat(active.id()).isNotEqualTo(seeded);
            assertThat(active.source()).isEqualTo(RulesetSource.SEED.name());
            assertThat(app.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from audit_entry where action = 'RULESET ACTIVATE'", Long.class)).isEqualTo(2);
        }
    }
}
