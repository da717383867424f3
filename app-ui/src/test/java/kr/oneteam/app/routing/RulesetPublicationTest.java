package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.rules.RulesetContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publication service the analysts' workspace (issue 9) calls: publish, refuse, schedule, roll back —
 * each audited, each visible in {@code /api/ruleset} and {@code /api/ruleset/versions}.
 */
class RulesetPublicationTest {

    static StandaloneApp app;
    static Api api;

    @BeforeAll
    static void start() {
        app = StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:publication-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=",
                "--oneteam.rules.poll-interval=PT0.2S",
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4");
        api = app.api();
        RulesetActivationTest.addP16(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long seedId() {
        for (JsonNode v : api.get("analyst", "/api/ruleset/versions").json()) {
            if (v.get("source").asText().equals("SEED")) {
                return v.get("id").asLong();
            }
        }
        throw new AssertionError("no seed version");
    }

    private static RulesetPublication publication() {
        return app.bean(RulesetPublication.class);
    }

    @Test
    void a_rollback_publishes_an_earlier_versions_content_again_as_a_new_version() {
        long seed = seedId();
        RulesetPublication.Publication withP16 = publication().publish(
                RulesFolder.shippedWithP16(RulesFolder.P16), RulesetSource.WORKSPACE, "analyst",
                "analyst2", "P16 for the 2026 talent call");
        assertThat(withP16.outcome()).isEqualTo(RulesetPublication.Outcome.ACTIVATED);

        RulesetPublication.Publication back = publication().rollback(seed, "admin", null, "emergency brake");

        assertThat(back.outcome()).isEqualTo(RulesetPublication.Outcome.ACTIVATED);
        assertThat(back.versionId()).isNotIn(seed, withP16.versionId());
        JsonNode active = api.get("analyst", "/api/ruleset").json();
        assertThat(active.get("id").asLong()).isEqualTo(back.versionId());
        assertThat(active.get("source").asText()).isEqualTo("ROLLBACK");
        assertThat(active.get("rolledBackFrom").asLong()).isEqualTo(seed);
        assertThat(active.get("hash").asText()).isEqualTo(RulesetContent.shipped().hash());
        assertThat(active.get("requestedBy").asText()).isEqualTo("admin");
        assertThat(active.get("approvedBy").isNull()).isTrue();
        assertThat(active.get("note").asText()).isEqualTo("emergency brake");
        JsonNode versions = api.get("admin", "/api/ruleset/versions").json();
        assertThat(versions.findValuesAsText("source")).contains("SEED", "WORKSPACE", "ROLLBACK");
        assertThat(versions.get(0).get("active").asBoolean()).isTrue();
        assertThat(app.bean(JdbcTemplate.class).queryForList("select after_state from audit_entry"
                + " where action = 'RULESET ACTIVATE' order by id desc", String.class).get(0))
                .contains("\"source\":\"ROLLBACK\"").contains("\"rolledBackFrom\":" + seed);
    }

    @Test
    void a_ruleset_naming_a_programme_the_catalogue_lacks_is_refused_at_its_first_use() {
        long before = api.get("analyst", "/api/ruleset").json().get("id").asLong();
        // P16 is in the catalogue (addP16); P99 is not: the same rules under an unknown code must not go live.
        String p99 = RulesFolder.P16.replace("\"P16\"", "\"P99\"");
        assertThat(p99).as("the fixture names its programme in quotes").isNotEqualTo(RulesFolder.P16);

        RulesetPublication.Publication refused = publication().publish(
                RulesFolder.shippedWith("p99-talent.drl", p99), RulesetSource.WORKSPACE, "analyst", "analyst2", null);

        assertThat(refused.outcome()).isEqualTo(RulesetPublication.Outcome.REFUSED);
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("p99-talent.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("P99").contains("catalogue");
        });
        assertThat(api.get("analyst", "/api/ruleset").json().get("id").asLong()).isEqualTo(before);
    }

    @Test
    void a_refused_publication_changes_nothing_is_audited_and_listed_until_a_publication_passes() {
        long before = api.get("analyst", "/api/ruleset").json().get("id").asLong();

        RulesetPublication.Publication refused = publication().publish(
                RulesFolder.shippedWith("broken.drl", RulesFolder.HEADER + "rule \"R-TST-01 x\" when Proposal( then end"),
                RulesetSource.WORKSPACE, "analyst", "analyst2", null);

        assertThat(refused.outcome()).isEqualTo(RulesetPublication.Outcome.REFUSED);
        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl"));
        assertThat(api.get("analyst", "/api/ruleset").json().get("id").asLong()).isEqualTo(before);
        JsonNode problems = api.get("analyst", "/api/ruleset/problems").json();
        assertThat(problems.get("refusals").findValuesAsText("channel")).contains("PUBLICATION");
        assertThat(app.bean(JdbcTemplate.class).queryForObject("select count(*) from audit_entry"
                + " where action = 'RULESET REFUSE' and actor = 'analyst'", Long.class)).isPositive();

        publication().publish(RulesFolder.shippedWithP16(RulesFolder.P16 + "\n// fixed\n"),
                RulesetSource.WORKSPACE, "analyst", "analyst2", null);
        assertThat(api.get("analyst", "/api/ruleset/problems").json().get("refusals").findValuesAsText("channel"))
                .doesNotContain("PUBLICATION");
    }

    @Test
    void a_version_with_an_effective_time_becomes_active_at_that_time_on_its_own() {
        long before = api.get("analyst", "/api/ruleset").json().get("id").asLong();
        OffsetDateTime inAnHour = OffsetDateTime.now().plusHours(1);

        RulesetPublication.Publication scheduled = publication().publish(new RulesetPublication.Request(
                RulesFolder.shippedWithP16(RulesFolder.P16 + "\n// from March\n"), RulesetSource.WORKSPACE,
                null, "analyst", "admin", "from the call's opening", inAnHour));

        assertThat(scheduled.outcome()).isEqualTo(RulesetPublication.Outcome.SCHEDULED);
        assertThat(api.get("analyst", "/api/ruleset").json().get("id").asLong()).isEqualTo(before);
        assertThat(api.get("analyst", "/api/ruleset/versions").json().get(0).get("scheduled").asBoolean()).isTrue();

        // Time passes (the row's effective time is moved instead of the test waiting an hour).
        app.bean(JdbcTemplate.class).update("update ruleset_version set effective_at = ? where id = ?",
                OffsetDateTime.now().minusSeconds(1), scheduled.versionId());
        RulesFolder.await("the effective time", 30, () ->
                api.get("analyst", "/api/ruleset").json().get("servedHere").asLong() == scheduled.versionId());
        JsonNode active = api.get("analyst", "/api/ruleset").json();
        assertThat(active.get("id").asLong()).isEqualTo(scheduled.versionId());
        assertThat(active.get("activatedAt").isNull()).isFalse();
        assertThat(app.bean(JdbcTemplate.class).queryForObject("select count(*) from audit_entry"
                + " where action = 'RULESET SCHEDULE'", Long.class)).isEqualTo(1);
    }

    @Test
    void nobody_approves_their_own_request() {
        assertThatThrownBy(() -> publication().publish(RulesetContent.shipped().files(), RulesetSource.WORKSPACE,
                "analyst", "analyst", null)).hasMessageContaining("own request");
    }
}
