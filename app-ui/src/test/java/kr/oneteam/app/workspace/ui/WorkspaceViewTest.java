package kr.oneteam.app.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.routing.RulesetStatus;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.ScenarioRow;
import kr.oneteam.app.workspace.Workspace;
import kr.oneteam.app.workspace.WorkspaceRefused;
import kr.oneteam.domain.workspace.RequestStatus;
import kr.oneteam.rules.RulesetProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The 규칙 screens in a Spring context of their own (they publish rulesets, which other view tests must not
 * see): role checks, drafts that outlive the session, files and uploads, validation problems that open
 * their line, the scenario grid, four-eyes requests, history and rollback.
 */
@TestPropertySource(properties = "oneteam.test.context=workspace")
@DirtiesContext
class WorkspaceViewTest extends KaribuSpringTest {

    static final String P01 = "p01-hpc-cloud.drl";
    /** Where P01's GPU cap is written since the caps have names (h-rules' caps.drl). */
    static final String CAPS = "caps.drl";

    @Autowired
    Workspace workspace;
    @Autowired
    Publishing publishing;
    @Autowired
    RulesetStatus status;
    @Autowired
    JdbcTemplate jdbc;

    private static Object shownView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static String lastNotification() {
        List<Notification> shown = NotificationsKt.getNotifications();
        return shown.isEmpty() ? "" : shown.get(shown.size() - 1).getElement().getProperty("text", "");
    }

    private DraftEditorView openNewDraft(String name) {
        UI.getCurrent().navigate(RulesView.class);
        _get(TextField.class, spec -> spec.withId("draft-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("draft-create")));
        assertThat(shownView()).isInstanceOf(DraftEditorView.class);
        return (DraftEditorView) shownView();
    }

    @SuppressWarnings("unchecked")
    private static Grid<String> files() {
        return _get(Grid.class, spec -> spec.withId("draft-files"));
    }

    private static void selectFile(String path) {
        files().select(path);
    }

    /** 0 edit, 1 scenarios, 2 ask to publish: a TabSheet attaches only the selected tab's content. */
    private static void tab(int index) {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("draft-tabs")).setSelectedIndex(index);
    }

    private static void validate() {
        _click(_get(Button.class, spec -> spec.withId("draft-validate")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RulesetProblem> problems() {
        return _get(Grid.class, spec -> spec.withId("validation-problems"));
    }

    private long draftIdOf(DraftEditorView view) {
        return workspace.myDrafts().stream().filter(d -> d.name().equals(
                _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("draft-title")).getText()))
                .findFirst().orElseThrow().id();
    }

    // ---- roles ----

    @Test
    void an_officer_neither_sees_nor_reaches_the_rules_area_not_even_by_url() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-rules"));
        for (String url : List.of("rules", "rules/history", "rules/drafts/1", "rules/requests/1")) {
            UI.getCurrent().navigate(url);
            assertThat(shownView()).as(url).isNotInstanceOfAny(RulesView.class, HistoryView.class,
                    DraftEditorView.class, RequestReviewView.class);
            assertThat(shownView().getClass().getSimpleName()).as(url).containsAnyOf("Error", "Login");
        }
        assertThatThrownBy(() -> workspace.myDrafts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.requests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.approve(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_reads_the_active_version_and_requests_but_keeps_no_drafts() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(RulesView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-rules")).getLabel()).isEqualTo("규칙");
        RulesetStatus.ActiveVersion active = status.active().orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("workspace-active-version")).getText())
                .isEqualTo("#" + active.id() + " · " + active.hash());
        assertThat(_get(Span.class, spec -> spec.withId("workspace-active-rules")).getText())
                .isEqualTo(String.valueOf(active.ruleCount()));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("active-files")))).isGreaterThan(10);
        _assertOne(Grid.class, spec -> spec.withId("requests"));
        _assertNone(Grid.class, spec -> spec.withId("drafts"));
        UI.getCurrent().navigate("rules/drafts/1");
        assertThat(shownView()).isNotInstanceOf(DraftEditorView.class);
        assertThatThrownBy(() -> workspace.create("x", null)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- drafts ----

    @Test
    void a_draft_is_stored_per_analyst_and_outlives_the_session() {
        signInAs("analyst", "ANALYST");
        DraftEditorView view = openNewDraft("P01 한도 32");
        long id = draftIdOf(view);
        selectFile(CAPS);
        assertThat(view.openFile()).isEqualTo(CAPS);
        CodeEditor editor = view.editor();
        String text = editor.getValue();
        assertThat(text).contains("p01MaxGpus : int = 16");
        assertThat(editor.lineNumbers().split("\n")).hasSize(text.split("\n", -1).length);
        editor.textArea().setValue(text.replace("p01MaxGpus : int = 16", "p01MaxGpus : int = 32"));
        _click(_get(Button.class, spec -> spec.withId("file-save")));

        signInAs("analyst", "ANALYST"); // a new session: as after signing out and in again
        assertThat(workspace.myDrafts()).extracting(DraftView::id).contains(id);
        assertThat(workspace.open(id).files().get(CAPS)).contains("p01MaxGpus : int = 32");

        signInAs("analyst2", "ANALYST");
        assertThat(workspace.myDrafts()).extracting(DraftView::id).doesNotContain(id);
        assertThatThrownBy(() -> workspace.open(id)).isInstanceOf(WorkspaceRefused.class);
        UI.getCurrent().navigate("rules/drafts/" + id);
        _assertOne(Span.class, spec -> spec.withId("draft-missing"));
    }

    @Test
    void files_are_added_renamed_and_deleted_and_a_bad_name_changes_nothing() {
        signInAs("analyst", "ANALYST");
        DraftEditorView view = openNewDraft("파일 작업");
        long id = draftIdOf(view);
        TextField path = _get(TextField.class, spec -> spec.withId("file-path"));
        path.setValue("p16-talent.drl");
        _click(_get(Button.class, spec -> spec.withId("file-add")));
        assertThat(view.openFile()).isEqualTo("p16-talent.drl");
        path.setValue("p16-renamed.drl");
        _click(_get(Button.class, spec -> spec.withId("file-rename")));
        assertThat(workspace.open(id).files()).containsKey("p16-renamed.drl").doesNotContainKey("p16-talent.drl");

        DraftView before = workspace.open(id);
        path.setValue("../escape.drl");
        _click(_get(Button.class, spec -> spec.withId("file-rename")));
        assertThat(lastNotification()).contains("../escape.drl").contains("not a relative path");
        path.setValue("notes.txt");
        _click(_get(Button.class, spec -> spec.withId("file-add")));
        assertThat(lastNotification()).contains("notes.txt");
        assertThat(workspace.open(id).files()).isEqualTo(before.files());

        _click(_get(Button.class, spec -> spec.withId("file-delete")));
        assertThat(workspace.open(id).files()).doesNotContainKey("p16-renamed.drl");
    }

    @Test
    void uploads_store_files_or_nothing_and_the_download_is_the_draft_as_a_zip() throws Exception {
        signInAs("analyst", "ANALYST");
        DraftEditorView view = openNewDraft("업로드");
        long id = draftIdOf(view);
        Upload upload = _get(Upload.class, spec -> spec.withId("file-upload"));

        byte[] bom = "\uFEFFpackage kr.oneteam.rules.policy;\n// 업로드\n".getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(upload, "uploaded.drl", "text/plain", bom);
        assertThat(workspace.open(id).files().get("uploaded.drl")).startsWith("package").contains("업로드");
        assertThat(view.openFile()).isEqualTo("uploaded.drl");

        Map<String, String> before = workspace.open(id).files();
        UploadKt._upload(upload, "cp949.drl", "text/plain",
                "package x;\n// 한글\n".getBytes(Charset.forName("MS949")));
        assertThat(lastNotification()).contains("cp949.drl:2:4").contains("UTF-8");
        assertThat(GridKt._get(problems(), 0).toString()).startsWith("cp949.drl:2:4");

        byte[] evil = kr.oneteam.app.workspace.WorkspaceFilesTest.zip(Map.of("ok.drl", bom, "../../evil.drl", bom));
        UploadKt._upload(upload, "evil.zip", "application/zip", evil);
        assertThat(lastNotification()).contains("../../evil.drl");
        assertThat(workspace.open(id).files()).isEqualTo(before);

        byte[] dir = kr.oneteam.app.workspace.WorkspaceFilesTest.zip(Map.of("rules-dir/p16-talent.drl", bom,
                "rules-dir/README.md", bom));
        UploadKt._upload(upload, "rules-dir.zip", "application/zip", dir);
        assertThat(workspace.open(id).files()).containsKey("p16-talent.drl").containsKey(P01);

        Anchor download = _get(Anchor.class, spec -> spec.withId("draft-download"));
        assertThat(download.getHref()).isNotBlank();
        byte[] zip = workspace.zip(id);
        assertThat(kr.oneteam.app.workspace.WorkspaceFiles.upload("back.zip", zip).files())
                .isEqualTo(workspace.open(id).files());
    }

    // ---- validation ----

    @Test
    void validation_lists_problems_as_file_line_column_and_a_click_opens_the_file_at_that_line() {
        signInAs("analyst", "ANALYST");
        DraftEditorView view = openNewDraft("깨진 초안");
        long id = draftIdOf(view);
        validate();
        assertThat(_get(Span.class, spec -> spec.withId("validation-verdict")).getText()).startsWith("통과");

        String broken = workspace.open(id).files().get(P01).replace("$gpus : compute.quantity", "$gpus : compute.quantiy");
        // the line of the misspelt field, counted in the file itself (the rule's layout may change)
        int brokenLine = broken.substring(0, broken.indexOf("compute.quantiy")).split("\n", -1).length;
        workspace.save(id, P01, broken);
        selectFile("backlog.drl");
        validate();
        assertThat(_get(Span.class, spec -> spec.withId("validation-verdict")).getText()).startsWith("문제");
        Grid<RulesetProblem> grid = problems();
        assertThat(GridKt._size(grid)).isGreaterThan(0);
        RulesetProblem first = GridKt._get(grid, 0);
        assertThat(first.file()).isEqualTo(P01);
        assertThat(first.line()).isEqualTo(brokenLine);
        assertThat(GridKt._getFormattedRow(grid, first).get(0)).isEqualTo(P01 + ":" + brokenLine + ":" + first.column());

        GridKt._clickItem(grid, 0, 0, false, false, false, false);
        assertThat(view.openFile()).isEqualTo(P01);
        assertThat(view.editor().cursorLine()).isEqualTo(brokenLine);
        assertThat(view.editor().getValue()).contains("compute.quantiy");

        tab(2);
        _get(TextArea.class, spec -> spec.withId("request-note")).setValue("깨진 초안은 못 보냄");
        _click(_get(Button.class, spec -> spec.withId("request-send")));
        assertThat(lastNotification()).startsWith("검증을 통과하지 않은 초안은 보낼 수 없습니다");
        assertThat(publishing.requests()).noneMatch(r -> id == (r.draftId() == null ? -1 : r.draftId()));
    }

    // ---- scenarios ----

    @Test
    @SuppressWarnings("unchecked")
    void scenario_rows_are_shown_run_edited_added_from_a_proposal_and_saved() {
        long proposal = fixtures.gpuProposal("시나리오 주식회사", "GPU 8장", "파인튜닝", 8);
        signInAs("analyst", "ANALYST");
        DraftEditorView view = openNewDraft("시나리오 작업");
        long id = draftIdOf(view);
        tab(1);
        ComboBox<String> file = _get(ComboBox.class, spec -> spec.withId("scenario-file"));
        file.setValue("scenarios/compute.csv");
        Grid<ScenarioRow> grid = _get(Grid.class, spec -> spec.withId("scenario-grid"));
        int rows = GridKt._size(grid);
        assertThat(rows).isGreaterThan(3);

        _click(_get(Button.class, spec -> spec.withId("scenario-run-all")));
        assertThat(_get(Span.class, spec -> spec.withId("scenario-summary")).getText()).isEqualTo("통과 " + rows + "건, 실패 0건");

        ScenarioRow first = GridKt._get(grid, 0);
        grid.select(first);
        _get(TextArea.class, spec -> spec.withId("row-expect")).setValue("P02 ELIGIBLE");
        _click(_get(Button.class, spec -> spec.withId("scenario-run-one")));
        List<String> cells = GridKt._getFormattedRow(grid, first);
        assertThat(cells.get(4)).startsWith("P01 ELIGIBLE gpus=16 months=4");
        assertThat(cells.get(5)).startsWith("실패").contains("P02: expected ELIGIBLE, got no recommendation");
        _get(TextArea.class, spec -> spec.withId("row-expect")).setValue(cells.get(4));

        _get(IntegerField.class, spec -> spec.withId("row-from-proposal-id")).setValue((int) proposal);
        _click(_get(Button.class, spec -> spec.withId("row-from-proposal")));
        assertThat(GridKt._size(grid)).isEqualTo(rows + 1);
        ScenarioRow added = GridKt._get(grid, rows);
        assertThat(added.getProposal()).contains("compute.quantity=8").contains("company.sizeClass=SME");
        assertThat(added.getExpect()).contains("P01 ELIGIBLE gpus=8 months=4");

        _click(_get(Button.class, spec -> spec.withId("scenario-save")));
        String saved = workspace.open(id).files().get("scenarios/compute.csv");
        assertThat(saved).contains("compute.quantity=8").contains("(#" + proposal + ")")
                .startsWith("# Compute rules");
        validate();
        assertThat(_get(Span.class, spec -> spec.withId("validation-verdict")).getText()).startsWith("통과");
    }

    // ---- four eyes ----

    private long validDraftWithNote(String marker) {
        DraftView draft = workspace.create("게시 " + marker, null);
        workspace.save(draft.id(), P01, draft.files().get(P01) + "\n// " + marker + "\n");
        return draft.id();
    }

    @Test
    void the_author_asks_another_analyst_approves_and_the_version_is_active_and_audited() {
        signInAs("analyst", "ANALYST");
        long draft = validDraftWithNote("four-eyes");
        UI.getCurrent().navigate(DraftEditorView.class, draft);
        tab(2);
        _assertOne(kr.oneteam.app.impact.ui.ImpactPanel.class, spec -> spec.withId("impact-panel"));
        _get(TextArea.class, spec -> spec.withId("request-note")).setValue("주석 추가");
        _click(_get(Button.class, spec -> spec.withId("request-send")));
        assertThat(shownView()).isInstanceOf(RequestReviewView.class);
        RequestView request = publishing.requests().stream().filter(r -> r.draftId() != null && r.draftId() == draft)
                .findFirst().orElseThrow();
        _assertOne(Span.class, spec -> spec.withId("request-own"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("request-impact-summary"))
                .getElement().getTextRecursively()).startsWith("요청자가 이 내용으로 시뮬레이션을 돌리지 않았습니다");
        _assertOne(kr.oneteam.app.impact.ui.ImpactPanel.class, spec -> spec.withId("impact-panel"));
        _assertNone(Button.class, spec -> spec.withId("request-approve"));
        assertThatThrownBy(() -> publishing.approve(request.id())).isInstanceOf(WorkspaceRefused.class)
                .hasMessageContaining("own request");
        assertThat(_get(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withId("diff-p01-hpc-cloud-drl")).getSummaryText()).contains("+2");

        signInAs("analyst2", "ANALYST");
        UI.getCurrent().navigate(RequestReviewView.class, request.id());
        _click(_get(Button.class, spec -> spec.withId("request-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("request-status")).getText()).isEqualTo("승인되어 게시됨");

        RequestView approved = publishing.requestOf(request.id());
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        RulesetStatus.ActiveVersion active = status.active().orElseThrow();
        assertThat(active.id()).isEqualTo(approved.publishedVersionId());
        assertThat(active.source()).isEqualTo("WORKSPACE");
        assertThat(active.requestedBy()).isEqualTo("analyst");
        assertThat(active.approvedBy()).isEqualTo("analyst2");
        assertThat(active.note()).isEqualTo("주석 추가");
        assertThat(active.hash()).isEqualTo(request.hash());
        assertThat(jdbc.queryForList("select action from audit_entry where after_state like ?", String.class,
                "%\"request\":" + request.id() + ",%")).contains("RULESET REQUEST", "RULESET APPROVE");
        assertThatThrownBy(() -> publishing.approve(request.id())).isInstanceOf(WorkspaceRefused.class)
                .hasMessageContaining("no longer pending");
    }

    @Test
    void a_request_is_sent_back_only_with_a_comment_and_then_cannot_be_approved() {
        signInAs("analyst", "ANALYST");
        long draft = validDraftWithNote("send-back");
        RequestView request = publishing.request(draft, "반려 시험", null);
        assertThatThrownBy(() -> publishing.request(draft, "두 번째", null)).isInstanceOf(WorkspaceRefused.class)
                .hasMessageContaining("already has a request");

        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(RequestReviewView.class, request.id());
        _click(_get(Button.class, spec -> spec.withId("request-send-back")));
        assertThat(lastNotification()).isEqualTo("반려하려면 의견을 적어 주세요.");
        assertThat(publishing.requestOf(request.id()).status()).isEqualTo(RequestStatus.PENDING);
        _get(TextArea.class, spec -> spec.withId("request-comment")).setValue("P01 시나리오를 먼저 고치세요");
        _click(_get(Button.class, spec -> spec.withId("request-send-back")));
        RequestView returned = publishing.requestOf(request.id());
        assertThat(returned.status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(returned.decidedBy()).isEqualTo("admin");
        assertThat(returned.comment()).isEqualTo("P01 시나리오를 먼저 고치세요");
        assertThatThrownBy(() -> publishing.approve(request.id())).isInstanceOf(WorkspaceRefused.class);
        assertThat(jdbc.queryForList("select action from audit_entry where after_state like ?", String.class,
                "%\"request\":" + request.id() + ",%")).contains("RULESET REQUEST", "RULESET RETURN");
    }

    @Test
    void the_simulation_summary_goes_with_a_request_only_when_it_was_run_on_exactly_the_files_sent() {
        signInAs("analyst", "ANALYST");
        long stale = validDraftWithNote("stale-simulation");
        RequestView withStale = publishing.request(stale, "다른 내용으로 돌린 시뮬레이션", null, "sha256:" + "0".repeat(64),
                List.of("P01: 적격 3 → 5"));
        assertThat(withStale.impactSummary()).isEmpty();

        long exact = validDraftWithNote("exact-simulation");
        String hash = workspace.open(exact).hash();
        RequestView withSummary = publishing.request(exact, "시뮬레이션 첨부", null, hash,
                List.of("P01: 적격 3 → 5", "재분류 대상 12건"));
        assertThat(withSummary.impactSummary()).containsExactly("P01: 적격 3 → 5", "재분류 대상 12건");

        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(RequestReviewView.class, withSummary.id());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("request-impact-summary"))
                .getElement().getTextRecursively()).contains("P01: 적격 3 → 5").contains("재분류 대상 12건");
    }

    // ---- history and rollback ----

    @Test
    @SuppressWarnings("unchecked")
    void history_diffs_any_two_versions_and_an_admin_rolls_back_at_once() {
        signInAs("analyst", "ANALYST");
        long draft = validDraftWithNote("history");
        RequestView request = publishing.request(draft, "이력 시험", null);
        signInAs("analyst2", "ANALYST");
        long published = publishing.approve(request.id()).publishedVersionId();
        List<RulesetStatus.VersionSummary> versions = publishing.history();
        RulesetStatus.VersionSummary seed = versions.stream().filter(v -> v.source().equals("SEED")).findFirst()
                .orElseThrow();

        UI.getCurrent().navigate(HistoryView.class);
        Grid<RulesetStatus.VersionSummary> grid = _get(Grid.class, spec -> spec.withId("history"));
        assertThat(GridKt._size(grid)).isEqualTo(versions.size());
        ComboBox<RulesetStatus.VersionSummary> from = _get(ComboBox.class, spec -> spec.withId("diff-from"));
        ComboBox<RulesetStatus.VersionSummary> to = _get(ComboBox.class, spec -> spec.withId("diff-to"));
        from.setValue(seed);
        to.setValue(versions.stream().filter(v -> v.id() == published).findFirst().orElseThrow());
        _assertOne(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("diff-p01-hpc-cloud-drl"));
        _assertNone(Button.class, spec -> spec.withId("rollback-now"));

        grid.select(seed);
        _get(TextField.class, spec -> spec.withId("rollback-note")).setValue("되돌리기 요청");
        _click(_get(Button.class, spec -> spec.withId("rollback-request")));
        assertThat(shownView()).isInstanceOf(RequestReviewView.class);
        assertThat(publishing.requests().get(0).rollbackTo()).isEqualTo(seed.id());

        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(HistoryView.class);
        grid = _get(Grid.class, spec -> spec.withId("history"));
        grid.select(seed);
        _click(_get(Button.class, spec -> spec.withId("rollback-now")));
        assertThat(lastNotification()).isEqualTo("메모가 필요합니다: 무엇을 왜 바꾸는지 적어 주세요.");
        _get(TextField.class, spec -> spec.withId("rollback-note")).setValue("비상 정지");
        _click(_get(Button.class, spec -> spec.withId("rollback-now")));
        RulesetStatus.ActiveVersion active = status.active().orElseThrow();
        assertThat(active.source()).isEqualTo("ROLLBACK");
        assertThat(active.rolledBackFrom()).isEqualTo(seed.id());
        assertThat(active.hash()).isEqualTo(seed.hash());
        assertThat(active.requestedBy()).isEqualTo("admin");
        assertThat(active.approvedBy()).isNull();
        assertThat(jdbc.queryForList("select actor from audit_entry where action = 'RULESET ROLLBACK'", String.class))
                .contains("admin");
    }
}
