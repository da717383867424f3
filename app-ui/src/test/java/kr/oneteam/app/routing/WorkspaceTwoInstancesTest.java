package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.ScenarioTable;
import kr.oneteam.app.workspace.Scenarios;
import kr.oneteam.app.workspace.Validation;
import kr.oneteam.app.workspace.Workspace;
import kr.oneteam.domain.workspace.RequestStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's two-instance test on one embedded PostgreSQL: an analyst on instance A raises the P01 cap from 16
 * to 32 GPUs (DRL and scenarios), a second analyst approves on A, and instance B routes a newly submitted
 * 24-GPU SME proposal to P01 within 5 s of the approval (net of B's own compile of the version, measured in
 * the same run — GUIDE: no absolute timings on these shared machines). In this package because it reads the
 * follower's switch timings, as {@code TwoInstancesTest} does.
 */
class WorkspaceTwoInstancesTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static StandaloneApp instance() {
        return StandaloneApp.start(null,
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--oneteam.rules.dir=",
                "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4");
    }

    /** The SME of demo proposal 6 asking for {@code gpus} GPUs. */
    static ObjectNode smeAsking(int gpus) {
        ObjectNode p = Api.demoProposal(6, "GPU" + gpus + "-" + UUID.randomUUID());
        ((ObjectNode) p.get("compute")).put("quantity", gpus);
        return p;
    }

    private static List<String> programmesOf(Api api, ObjectNode proposal) {
        Api.Reply reply = api.post("officer", "/api/proposals", proposal);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        JsonNode stored = api.get("officer", "/api/proposals/" + reply.json().get("id").asLong()).json();
        List<String> eligible = new ArrayList<>();
        stored.get("recommendations").forEach(r -> {
            if (r.get("eligibility").asText().equals("ELIGIBLE")) {
                eligible.add(r.get("programme").asText());
            }
        });
        return eligible;
    }

    /**
     * The analyst's edit: the cap in the DRL, then every scenario row the new cap changes takes the draft's
     * outcome as its expectation — what "run all" and editing the expect cells in the grid do.
     */
    static int raiseP01Cap(Workspace workspace, Scenarios scenarios, long draft) {
        DraftView d = workspace.open(draft);
        // P01's cap has a name in caps.drl (the rule's reason text reads it too).
        String caps = d.files().get("caps.drl");
        assertThat(caps).contains("p01MaxGpus : int = 16");
        workspace.save(draft, "caps.drl", caps.replace("p01MaxGpus : int = 16", "p01MaxGpus : int = 32"));
        int changed = 0;
        for (String file : workspace.open(draft).files().keySet()) {
            if (!file.endsWith(".csv")) {
                continue;
            }
            ScenarioTable.Rows rows = scenarios.rows(draft, file);
            List<ScenarioTable.RowResult> results = scenarios.run(draft, file, rows.rows());
            boolean any = false;
            for (ScenarioTable.RowResult r : results) {
                if (!r.passed()) {
                    r.row().setExpect(r.actual());
                    any = true;
                    changed++;
                }
            }
            if (any) {
                scenarios.save(draft, file, rows);
            }
        }
        return changed;
    }

    @Test
    void approval_on_one_instance_makes_the_other_route_with_the_new_version_within_5_seconds() throws Exception {
        try (StandaloneApp a = instance(); StandaloneApp b = instance()) {
            Api apiB = b.api();
            assertThat(programmesOf(apiB, smeAsking(24))).as("before: the shipped cap of 16").doesNotContain("P01");

            RequestView request = TestSecurity.runAs(a.context(), "analyst", "ANALYST", () -> {
                Workspace workspace = a.bean(Workspace.class);
                DraftView draft = workspace.create("P01 한도 16→32", null);
                int changedRows = raiseP01Cap(workspace, a.bean(Scenarios.class), draft.id());
                assertThat(changedRows).as("scenario rows about 17–32 GPUs").isPositive();
                Validation validation = workspace.validate(draft.id());
                assertThat(validation.problems()).isEmpty();
                return a.bean(Publishing.class).request(draft.id(), "P01 한도를 32장으로", null);
            });
            RequestView approved = TestSecurity.runAs(a.context(), "analyst2", "ANALYST",
                    () -> a.bean(Publishing.class).approve(request.id()));
            long approvedAt = System.nanoTime();
            assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
            long version = approved.publishedVersionId();

            long deadline = System.nanoTime() + 60_000_000_000L;
            while (apiB.get("analyst", "/api/ruleset").json().get("servedHere").asLong() != version) {
                assertThat(System.nanoTime()).as("instance B serves version #" + version).isLessThan(deadline);
                Thread.sleep(50);
            }
            long servedMs = (System.nanoTime() - approvedAt) / 1_000_000;
            var switched = b.bean(RulesetFollower.class).lastSwitch().orElseThrow();
            System.out.printf("WorkspaceTwoInstancesTest: instance B served the approved version #%d %d ms after"
                    + " the approval on A (its own compile: %d ms)%n", version, servedMs, switched.compileMillis());
            assertThat(servedMs - switched.compileMillis()).as("B serves it within 5 s, its compile aside")
                    .isLessThan(5_000);
            assertThat(programmesOf(apiB, smeAsking(24))).as("after: P01 up to 32").contains("P01");
            assertThat(programmesOf(apiB, smeAsking(40))).doesNotContain("P01");

            // The coverage counts are kept per instance, stamped with the proposals table: a proposal stored
            // through B makes A count again, and both give the same table under the approved version.
            Api apiA = a.api();
            JsonNode before = apiA.get("analyst", "/api/ruleset/coverage").json();
            assertThat(before.get("versionId").asLong()).isEqualTo(version);
            programmesOf(apiB, smeAsking(20));
            Api.Reply onA = apiA.get("analyst", "/api/ruleset/coverage");
            Api.Reply onB = apiB.get("analyst", "/api/ruleset/coverage");
            assertThat(onA.status()).as(onA.body()).isEqualTo(200);
            assertThat(onB.status()).as(onB.body()).isEqualTo(200);
            JsonNode afterOnA = onA.json();
            JsonNode afterOnB = onB.json();
            assertThat(afterOnA.get("storedProposals").asLong())
                    .isEqualTo(before.get("storedProposals").asLong() + 1);
            assertThat(afterOnA.get("rules")).isEqualTo(afterOnB.get("rules"));
            assertThat(afterOnA.get("hash")).isEqualTo(afterOnB.get("hash"));
        }
    }
}
