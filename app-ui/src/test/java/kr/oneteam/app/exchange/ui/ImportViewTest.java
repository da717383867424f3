package kr.oneteam.app.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.exchange.ImportReport;
import kr.oneteam.app.queue.ProposalQueries;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuSpringTest {

    private static final List<String> HEADER = List.of("접수일시", "접수 경로", "기업명", "기업 규모", "소재지", "제목", "제안 내용",
            "분류", "단계", "GPU 수량");

    @Autowired
    ProposalQueries proposals;

    private static byte[] csv(List<List<String>> rows) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(text, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(String company, String title, String channel, String gpus) {
        return List.of("2025-07-08 15:30", channel, company, "SME", "CAPITAL", title, "<b>" + title + "</b>", "AI_ADOPTION",
                "COMMERCIAL", gpus);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportReport.Row> reportGrid() {
        return _get(Grid.class, spec -> spec.withId("import-rows"));
    }

    @Test
    void an_officer_uploads_a_sheet_and_reads_each_row_taken_with_its_link_or_refused_with_its_columns() throws Exception {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ImportView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("template-ko-xlsx")).getText()).isEqualTo("템플릿 (한국어, XLSX)");
        _get(Anchor.class, spec -> spec.withId("template-en-csv"));
        long before = proposals.count();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("sheet-upload")), "proposals.csv", "text/csv",
                csv(List.of(HEADER, row("화면 주식회사", "화면에서 올린 제안", "MEETING", ""),
                        row("거부 주식회사", "거부될 제안", "팩스", "열여섯"))));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2행 중 1건 접수, 0건 이미 접수됨, 1건 거부 (CSV, UTF-8)");
        Grid<ImportReport.Row> grid = reportGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(proposals.count()).isEqualTo(before + 1);
        ImportReport.Row taken = GridKt._get(grid, 0);
        assertThat(taken.status()).isEqualTo(ImportReport.Status.CREATED);
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 0, "proposal");
        assertThat(link.getHref()).isEqualTo("proposals/" + taken.proposalId());
        assertThat(link.getText()).isEqualTo("#" + taken.proposalId() + " 화면에서 올린 제안");

        Div reasons = (Div) GridKt._getCellComponent(grid, 1, "reasons");
        List<String> lines = new ArrayList<>();
        reasons.getChildren().forEach(c -> lines.add(((Div) c).getText()));
        assertThat(lines).anyMatch(l -> l.startsWith("접수 경로 (channel): 허용되지 않는 값입니다"));
        assertThat(lines).contains("GPU 수량 (compute.quantity): 정수여야 합니다");
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_refused_as_a_whole_and_says_why() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(ImportView.class);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("sheet-upload")), "report.pdf", "application/pdf",
                "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(_get(Div.class, spec -> spec.withId("import-refused")).getElement().getTextRecursively())
                .contains("아무것도 저장되지 않았습니다").contains("스프레드시트가 아닙니다");
        _assertNone(Grid.class, spec -> spec.withId("import-rows"));
    }

    @Test
    void the_screen_and_the_report_speak_english_when_the_user_does() throws Exception {
        signInAs("officer", "OFFICER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ImportView.class);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("sheet-upload")), "p.csv", "text/csv",
                csv(List.of(HEADER, row("", "No company", "MEETING", ""))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("1 rows: 0 taken, 0 already there, 1 refused (CSV, UTF-8)");
        Div reasons = (Div) GridKt._getCellComponent(reportGrid(), 0, "reasons");
        assertThat(reasons.getElement().getTextRecursively()).contains("기업명 (company.name): is required");
    }

    @Test
    void an_analyst_neither_sees_nor_reaches_the_import_but_exports_from_the_queue() {
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(QueueView.class);
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-import"));
        _get(Anchor.class, spec -> spec.withId("export-xlsx"));
        UI.getCurrent().navigate(ImportView.class);
        Object shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(shown).isNotInstanceOf(ImportView.class);

        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(QueueView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-import")).getLabel()).isEqualTo("엑셀 가져오기");
    }
}
