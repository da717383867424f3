package kr.oneteam.app.workspace;

import kr.oneteam.app.ApiTest;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.workspace.RequestStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 090's crash gap, closed: approval publishes the version in a transaction of its own and marks the
 * request approved in the caller's. Here the caller's transaction is rolled back after the publication
 * committed — what an approving instance dying between the two commits leaves behind: the version active, the
 * request pending. Approving again must mark the request approved with that version, not publish the same
 * content a second time. Its own context: it changes the active ruleset.
 */
@ApiTest
@TestPropertySource(properties = "oneteam.test.context=approval-after-crash")
@DirtiesContext
class ApprovalAfterCrashTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Workspace workspace;

    @Autowired
    Publishing publishing;

    @Autowired
    RulesetStatus rulesets;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void approving_again_after_a_crash_between_the_two_commits_reuses_the_published_version() throws Exception {
        RequestView pending = TestSecurity.runAs(context, "analyst", "ANALYST", () -> {
            DraftView draft = workspace.create("주석만 바꾼 초안", null);
            String caps = workspace.open(draft.id()).files().get("caps.drl");
            workspace.save(draft.id(), "caps.drl", caps + "\n// 검토 메모: 변경 없음\n");
            return publishing.request(draft.id(), "주석 추가", null);
        });
        int versionsBefore = rulesets.history().size();

        // The approver's instance publishes, then "dies" before its own transaction commits.
        TestSecurity.runAs(context, "analyst2", "ANALYST", () -> new TransactionTemplate(transactions).execute(tx -> {
            RequestView approvedInMemory = publishing.approve(pending.id());
            assertThat(approvedInMemory.status()).isEqualTo(RequestStatus.APPROVED);
            tx.setRollbackOnly();
            return null;
        }));
        RequestView afterCrash = TestSecurity.runAs(context, "analyst", "ANALYST", () -> publishing.requestOf(pending.id()));
        assertThat(afterCrash.status()).as("the request's own commit was lost").isEqualTo(RequestStatus.PENDING);
        RulesetStatus.ActiveVersion published = rulesets.active().orElseThrow();
        assertThat(rulesets.history()).as("the publication committed on its own").hasSize(versionsBefore + 1);

        RequestView approved = TestSecurity.runAs(context, "analyst2", "ANALYST", () -> publishing.approve(pending.id()));

        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.publishedVersionId()).isEqualTo(published.id());
        assertThat(rulesets.history()).as("no second version of the same request").hasSize(versionsBefore + 1);
        assertThat(rulesets.active().orElseThrow().id()).isEqualTo(published.id());
    }
}
