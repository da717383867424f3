package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.programme.ProgrammeRepository;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.ruleset.RulesetSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One instance on H2: the rules directory is an import channel into the database's published ruleset. A
 * change that passes is published and re-routes proposals awaiting review (decided ones keep theirs); a
 * refused one changes nothing and is listed until the directory holds the active content again; a missing one
 * changes nothing; a restart never reverts; a rule that fails on some proposals does not stop re-routing.
 */
class RulesetActivationTest {

    @TempDir
    Path rulesDir;
    @TempDir
    Path dataDir;

    private StandaloneApp start(String rulesDirSetting) {
        return StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("oneteam")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--oneteam.data.dir=" + dataDir,
                "--oneteam.rules.dir=" + rulesDirSetting,
                "--oneteam.rules.debounce=PT0.1S",
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_directory_change_is_published_and_reroutes_undecided_proposals_and_leaves_decided_ones_alone(
            CapturedOutput log) {
        RulesFolder folder = RulesFolder.copyOfShipped(rulesDir);
        try (StandaloneApp app = start(rulesDir.toString())) {
            Api api = app.api();
            JsonNode seed = api.get("analyst", "/api/ruleset").json();
            assertThat(seed.get("source").asText()).isEqualTo("SEED");
            long undecided = submit(api, Api.demoProposal(0, "ACT-" + UUID.randomUUID()));
            long decided = submit(api, Api.demoProposal(2, "ACT-" + UUID.randomUUID()));
            decideFirstRecommendation(app, decided);

            // The analyst edits a rules file; the import publishes it.
            folder.write("p06-procurement.drl", RulesetContentOf.shipped("p06-procurement.drl")
                    + "\n// 2026.2: wording reviewed\n");
            RulesFolder.importNow(app);

            JsonNode active = api.get("analyst", "/api/ruleset").json();
            long newVersion = active.get("id").asLong();
            assertThat(newVersion).isNotEqualTo(seed.get("id").asLong());
            assertThat(active.get("source").asText()).isEqualTo("DIRECTORY");
            assertThat(active.get("sourceDetail").asText()).isEqualTo(rulesDir.toAbsolutePath().normalize().toString());
            assertThat(active.get("servedHere").asLong()).isEqualTo(newVersion);
            assertThat(log.getOut()).as("the log names the version by the API's hash")
                    .contains("Ruleset version #" + newVersion + " " + active.get("hash").asText() + " published")
                    .contains("Ruleset " + active.get("hash").asText() + " active from");
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from ruleset_version where active", Long.class)).isEqualTo(1);
            RulesFolder.await("re-routing", 30, () -> rulesetOf(api, undecided) == newVersion);
            assertThat(api.get("officer", "/api/proposals/" + undecided).json().get("status").asText())
                    .isEqualTo("AWAITING_REVIEW");
            assertThat(rulesetOf(api, decided)).isEqualTo(seed.get("id").asLong());
            assertThat(api.get("officer", "/api/proposals/" + decided).json().at("/recommendations/0/decision/outcome")
                    .asText()).isEqualTo("ACCEPTED");
            assertThat(jdbc.queryForList("select action from audit_entry where proposal_id is null order by id",
                    String.class)).containsSubsequence("RULESET ACTIVATE", "RULESET IMPORT", "RULESET ACTIVATE");
            List<String> reroutes = jdbc.queryForList("select after_state from audit_entry where action = 'REROUTE'"
                    + " and proposal_id = ?", String.class, undecided);
            assertThat(reroutes).singleElement().asString().contains("\"version\":" + newVersion);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REROUTE' and proposal_id = ?",
                    Long.class, decided)).isZero();
        }
    }

    @Test
    void a_refused_directory_changes_nothing_and_its_problems_go_when_the_active_content_is_back() {
        RulesFolder folder = RulesFolder.copyOfShipped(rulesDir);
        try (StandaloneApp app = start(rulesDir.toString())) {
            Api api = app.api();
            long before = api.get("analyst", "/api/ruleset").json().get("id").asLong();

            folder.write("broken.drl", RulesFolder.HEADER + "rule \"R-TST-01 x\" when then oops(\nend\n");
            assertThat(app.bean(DirectoryImport.class).scanNow()).isEqualTo(DirectoryImport.Result.REFUSED);

            assertThat(api.get("analyst", "/api/ruleset").json().get("id").asLong()).isEqualTo(before);
            JsonNode problems = api.get("analyst", "/api/ruleset/problems").json().get("problems");
            assertThat(problems).isNotEmpty();
            assertThat(problems.get(0).asText()).startsWith("broken.drl:");
            assertThat(app.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from audit_entry where action = 'RULESET REFUSE'", Long.class)).isEqualTo(1);

            folder.delete("broken.drl");
            assertThat(app.bean(DirectoryImport.class).scanNow()).isEqualTo(DirectoryImport.Result.ACTIVE_ALREADY);
            assertThat(api.get("analyst", "/api/ruleset/problems").json().get("problems")).isEmpty();

            // The directory goes away (an unmounted share, a deleted checkout): nothing changes, nothing is refused.
            try (var files = java.nio.file.Files.walk(rulesDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(app.bean(DirectoryImport.class).scanNow()).isEqualTo(DirectoryImport.Result.NO_DIRECTORY);
            assertThat(api.get("analyst", "/api/ruleset").json().get("id").asLong()).isEqualTo(before);
            assertThat(api.get("analyst", "/api/ruleset/problems").json().get("problems")).isEmpty();
            assertThat(app.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from ruleset_version", Long.class)).isEqualTo(1);
        }
    }

    @Test
    void anything_thrown_while_importing_is_listed_as_a_problem_of_the_directory() {
        // No directory, so that no first look at it races with the failure reported here.
        try (StandaloneApp app = start("")) {
            app.bean(DirectoryImport.class).failed(new StackOverflowError());

            assertThat(app.api().get("admin", "/api/ruleset/problems").json().get("problems").get(0).asText())
                    .startsWith("(ruleset):0:0 the check stopped with StackOverflowError");
        }
    }

    @Test
    void a_restart_never_reverts_whatever_the_directory_setting() {
        RulesFolder folder = RulesFolder.copyOfShipped(rulesDir);
        long fromWorkspace;
        try (StandaloneApp app = start(rulesDir.toString())) {
            addP16(app);
            folder.addP16();
            RulesFolder.importNow(app);
            // Then an analyst publishes something else (the workspace of issue 9 calls this service).
            RulesetPublication.Publication published = app.bean(RulesetPublication.class).publish(
                    RulesFolder.shippedWithP16(RulesFolder.P16 + "\n// reviewed\n"),
                    RulesetSource.WORKSPACE, "analyst", "analyst2", "wording");
            assertThat(published.outcome()).isEqualTo(RulesetPublication.Outcome.ACTIVATED);
            fromWorkspace = published.versionId();
        }
        // The directory still holds the imported (now older) content; a restart does not bring it back.
        for (String setting : List.of(rulesDir.toString(), "", rulesDir + "-typo")) {
            try (StandaloneApp app = start(setting)) {
                JsonNode active = app.api().get("analyst", "/api/ruleset").json();
                assertThat(active.get("id").asLong()).as("restart with oneteam.rules.dir=%s", setting)
                        .isEqualTo(fromWorkspace);
                assertThat(active.get("requestedBy").asText()).isEqualTo("analyst");
                assertThat(active.get("approvedBy").asText()).isEqualTo("analyst2");
                assertThat(app.bean(RulesetStatus.class).active().orElseThrow().servedHere()).isEqualTo(fromWorkspace);
                long talent = submit(app.api(), RulesFolder.talentProposal("TAL-" + UUID.randomUUID()));
                assertThat(app.api().get("officer", "/api/proposals/" + talent).json().at("/recommendations/0/programme")
                        .asText()).isEqualTo("P16");
            }
        }
    }

    @Test
    void rerouting_goes_on_when_a_rule_fails_on_some_proposals_and_says_how_many_it_could_not_route() {
        try (StandaloneApp app = start("")) {
            Api api = app.api();
            long failing = submit(api, withQuantity(Api.demoProposal(0, "F-" + UUID.randomUUID()), 999));
            long fine = submit(api, Api.demoProposal(6, "OK-" + UUID.randomUUID()));
            String failsOn999 = RulesFolder.HEADER + """

                    rule "R-TST-01 fails on 999 GPUs"
                    when
                        Proposal($id : id, compute != null, $q : compute.quantity, compute.quantity >= 998)
                    then
                        insert(new Note($id, "P02", "R-TST-01", "per GPU " + (1000 / ($q - 999))));
                    end
                    """;
            // The gate admits a rule only if a scenario fires it (coverage): 998 GPUs fire it without failing, so
            // the rule goes live and fails in production on the data no scenario had — 999 GPUs.
            java.util.SortedMap<String, String> files = RulesFolder.shippedWith("fails.drl", failsOn999);
            files.put("scenarios/fails.csv", """
                    case,description,proposal,expect
                    R-TST-01 fires: 998 GPUs,,categories=COMPUTE; compute.quantity=998; compute.months=3,P02 ELIGIBLE says=per+GPU; ...
                    """);

            RulesetPublication.Publication published = app.bean(RulesetPublication.class).publish(
                    files, RulesetSource.WORKSPACE, "analyst", "admin", null);
            assertThat(published.outcome()).as(published.problems().toString())
                    .isEqualTo(RulesetPublication.Outcome.ACTIVATED);

            RulesFolder.await("re-routing", 30, () -> rulesetOf(api, fine) == published.versionId()
                    && rulesetOf(api, failing) == published.versionId());
            JsonNode failed = api.get("officer", "/api/proposals/" + failing).json();
            assertThat(failed.get("recommendations")).isEmpty();
            assertThat(api.get("officer", "/api/proposals/" + fine).json().get("recommendations")).isNotEmpty();
            assertThat(api.get("analyst", "/api/ruleset").json().get("unrouted").asLong()).isEqualTo(1);
            Rerouting.Report report = app.bean(Rerouting.class).lastReport().orElseThrow();
            assertThat(report.failedIds()).containsExactly(failing);
            assertThat(app.bean(JdbcTemplate.class).queryForObject("select after_state from audit_entry"
                    + " where action = 'REROUTE' and proposal_id = ?", String.class, failing)).contains("R-TST-01");
        }
    }

    static long submit(Api api, Object proposal) {
        Api.Reply reply = api.post("intake", "/api/proposals", proposal);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    static long rulesetOf(Api api, long id) {
        return api.get("officer", "/api/proposals/" + id).json().at("/ruleset/id").asLong();
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode withQuantity(
            com.fasterxml.jackson.databind.node.ObjectNode proposal, int gpus) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) proposal.get("compute")).put("quantity", gpus);
        return proposal;
    }

    static void addP16(StandaloneApp app) {
        app.bean(TransactionTemplate.class).executeWithoutResult(tx -> {
            ProgrammeRepository programmes = app.bean(ProgrammeRepository.class);
            if (programmes.findById("P16").isEmpty()) {
                programmes.save(new Programme(ProgrammeCode.of("P16"), "AI 인재 양성", "AI talent", "MSIT",
                        "AI 인재 양성 교육비 지원", CapacityUnit.NONE, null));
            }
        });
    }

    private static void decideFirstRecommendation(StandaloneApp app, long id) {
        app.bean(TransactionTemplate.class).executeWithoutResult(tx -> {
            Proposal proposal = app.bean(ProposalRepository.class).findById(id).orElseThrow();
            Recommendation first = proposal.getRecommendations().stream().filter(Recommendation::isPositive)
                    .findFirst().orElseThrow();
            first.accept("officer", "검토 완료", Clock.systemUTC());
        });
    }

    /** The shipped text of one file. */
    static final class RulesetContentOf {
        static String shipped(String file) {
            return kr.oneteam.rules.RulesetContent.shipped().files().get(file);
        }
    }
}
