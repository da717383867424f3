package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.rules.RoutingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst changes the rules folder: the new ruleset is stored as the active version, proposals
 * still awaiting review are routed again with it, and a decided proposal keeps its recommendations
 * and the version its decision was made on (POLICY.md §3).
 */
class RulesetActivationTest {

    @TempDir
    Path rulesDir;

    @Test
    void a_new_ruleset_reroutes_undecided_proposals_and_leaves_decided_ones_alone() throws IOException {
        copyShippedRuleset();
        try (StandaloneApp app = StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:activation-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=" + rulesDir,
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4")) {
            Api api = app.api();
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            long undecided = submit(api, 0);
            long decided = submit(api, 2);
            long firstVersion = api.get("analyst", "/api/ruleset").json().get("id").asLong();
            decideFirstRecommendation(app, decided);

            // The analyst edits a rules file; the engine re-reads the folder and activates it.
            Path drl = rulesDir.resolve("p06-procurement.drl");
            Files.writeString(drl, Files.readString(drl) + "\n// 2026.2: wording reviewed\n");
            app.bean(RoutingEngine.class).reload();

            JsonNode active = api.get("analyst", "/api/ruleset").json();
            assertThat(active.get("id").asLong()).isNotEqualTo(firstVersion);
            assertThat(jdbc.queryForObject("select count(*) from ruleset_version where active", Long.class)).isEqualTo(1);
            assertThat(rulesetOf(api, undecided)).isEqualTo(active.get("id").asLong());
            assertThat(api.get("officer", "/api/proposals/" + undecided).json().get("status").asText())
                    .isEqualTo("AWAITING_REVIEW");
            assertThat(rulesetOf(api, decided)).isEqualTo(firstVersion);
            assertThat(api.get("officer", "/api/proposals/" + decided).json().at("/recommendations/0/decision/outcome")
                    .asText()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void a_ruleset_that_does_not_compile_is_refused_and_its_problems_are_shown() throws IOException {
        copyShippedRuleset();
        try (StandaloneApp app = StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:refusal-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--oneteam.rules.dir=" + rulesDir,
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4")) {
            Api api = app.api();
            long before = api.get("analyst", "/api/ruleset").json().get("id").asLong();

            Files.writeString(rulesDir.resolve("broken.drl"), "package kr.oneteam.rules.policy;\nrule \"x\" when then oops(\nend\n");
            app.bean(RoutingEngine.class).reload();

            assertThat(api.get("analyst", "/api/ruleset").json().get("id").asLong()).isEqualTo(before);
            JsonNode problems = api.get("analyst", "/api/ruleset/problems").json().get("problems");
            assertThat(problems).isNotEmpty();
            assertThat(problems.get(0).asText()).contains("broken.drl");
        }
    }

    private long submit(Api api, int demoIndex) {
        Api.Reply reply = api.post("intake", "/api/proposals", Api.demoProposal(demoIndex, "ACT-" + UUID.randomUUID()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static long rulesetOf(Api api, long id) {
        return api.get("officer", "/api/proposals/" + id).json().at("/ruleset/id").asLong();
    }

    private static void decideFirstRecommendation(StandaloneApp app, long id) {
        app.bean(TransactionTemplate.class).executeWithoutResult(tx -> {
            Proposal proposal = app.bean(ProposalRepository.class).findById(id).orElseThrow();
            Recommendation first = proposal.getRecommendations().stream().filter(Recommendation::isPositive)
                    .findFirst().orElseThrow();
            first.accept("officer", "검토 완료", Clock.systemUTC());
        });
    }

    private void copyShippedRuleset() throws IOException {
        String base = "kr/oneteam/rules/policy/";
        for (String file : resource(base + "ruleset.index").lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            Path target = rulesDir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, resource(base + file));
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RulesetActivationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
