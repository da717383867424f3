package kr.oneteam.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.proposal.ProposalDocument;
import kr.oneteam.app.queue.ProposalQueries;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Rows of a sheet through the real intake: taken, or refused with every reason by column, storing nothing. */
@SpringBootTest
@ActiveProfiles("test")
class SheetImportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SheetImport sheets;
    @Autowired
    ProposalQueries proposals;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void signIn() {
        TestSecurity.signIn(context, "officer", "OFFICER");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ImportReport importCsv(List<List<String>> rows, Locale locale) {
        byte[] file = Sheets.csv(StandardCharsets.UTF_8, true, rows);
        return sheets.importSheet("test.csv", new ByteArrayInputStream(file), locale, "officer");
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> row = new ArrayList<>(base);
        row.addAll(List.of(more));
        return row;
    }

    @Test
    void good_rows_go_in_and_a_refused_row_stores_nothing_and_names_every_column_at_fault() {
        long before = proposals.count();
        List<String> header = with(Sheets.REQUIRED_KO, "GPU 수량", "스타트업", "가속기", "사용 기간(개월)", "작업 유형");
        List<String> bad = new ArrayList<>(Sheets.row("나쁜행 주식회사", "GPU 요청"));
        bad.set(1, "팩스");
        bad.set(7, "COMPUTE");
        ImportReport report = importCsv(List.of(header,
                with(Sheets.row("가져오기 주식회사", "AI 도입 바우처"), "", "예", "", "", ""),
                with(bad, "많이", "글쎄", "H100", "3", "INFERENCE"),
                with(Sheets.row("둘째 주식회사", "두 번째 AI 도입"), "", "", "", "", "")), Locale.KOREAN);

        assertThat(report.rows()).extracting(ImportReport.Row::row).containsExactly(2, 3, 4);
        assertThat(report.rows()).extracting(ImportReport.Row::status).containsExactly(ImportReport.Status.CREATED,
                ImportReport.Status.REFUSED, ImportReport.Status.CREATED);
        assertThat(proposals.count()).isEqualTo(before + 2);
        ProposalDocument first = proposals.find(report.rows().get(0).proposalId()).orElseThrow();
        assertThat(first.proposal().company().name()).isEqualTo("가져오기 주식회사");
        assertThat(first.proposal().company().startup()).isTrue();
        assertThat(first.proposal().receivedAt().toInstant()).isEqualTo(java.time.OffsetDateTime.parse("2025-07-08T15:30:00+09:00").toInstant());
        assertThat(audit.findByProposalIdOrderByAtAscIdAsc(first.id())).extracting(AuditEntry::getAction).contains("RECEIVE");

        List<ImportReport.Reason> reasons = report.rows().get(1).reasons();
        assertThat(reasons).extracting(ImportReport.Reason::column).contains("접수 경로", "GPU 수량", "스타트업");
        assertThat(reasons).filteredOn(r -> r.column().equals("스타트업")).first()
                .satisfies(r -> assertThat(r.message()).contains("글쎄").contains("예, 아니오"));
        assertThat(reasons).filteredOn(r -> r.column().equals("GPU 수량")).first()
                .satisfies(r -> assertThat(r.message()).isEqualTo("정수여야 합니다"));
        assertThat(reasons).filteredOn(r -> r.column().equals("접수 경로")).first()
                .satisfies(r -> assertThat(r.message()).startsWith("허용되지 않는 값입니다"));
    }

    @Test
    void an_intake_refusal_without_sheet_problems_is_the_intakes_own_and_names_the_column() {
        long before = proposals.count();
        List<String> bad = new ArrayList<>(Sheets.row("", "제목"));
        bad.set(0, "2099-01-01 00:00");
        ImportReport report = importCsv(List.of(Sheets.REQUIRED_KO, bad), Locale.ENGLISH);
        assertThat(report.rows().get(0).status()).isEqualTo(ImportReport.Status.REFUSED);
        assertThat(report.rows().get(0).reasons()).extracting(ImportReport.Reason::column, ImportReport.Reason::field)
                .contains(org.assertj.core.groups.Tuple.tuple("기업명", "company.name"),
                        org.assertj.core.groups.Tuple.tuple("접수일시", "receivedAt"));
        assertThat(report.rows().get(0).reasons()).extracting(ImportReport.Reason::message).contains("is required");
        assertThat(proposals.count()).isEqualTo(before);
    }

    @Test
    void labels_in_korean_or_english_and_headers_in_english_are_read_as_codes() {
        List<String> english = List.of("Received at", "Channel", "Company name", "Size class", "Region", "Title",
                "Proposal text", "Categories", "Stage", "Value chain");
        ImportReport report = importCsv(List.of(english,
                List.of("2025-07-08", "현장간담회", "라벨 주식회사", "중소기업", "Capital region", "라벨로 적은 제안",
                        "라벨도 받습니다", "AI도입; DATA", "COMMERCIAL", "ai_service, DATA")), Locale.KOREAN);
        assertThat(report.rows().get(0).status()).as("%s", report.rows().get(0).reasons())
                .isEqualTo(ImportReport.Status.REFUSED);
        // DATA as a category needs the data block: the intake says so, on the data columns.
        assertThat(report.rows().get(0).reasons()).extracting(ImportReport.Reason::field).anyMatch(f -> f.startsWith("data"));

        ImportReport fixed = importCsv(List.of(english,
                List.of("2025-07-08", "현장간담회", "라벨 주식회사", "중소기업", "Capital region", "라벨로 적은 제안",
                        "라벨도 받습니다", "AI도입", "COMMERCIAL", "ai_service, DATA")), Locale.KOREAN);
        assertThat(fixed.rows().get(0).status()).as("%s", fixed.rows().get(0).reasons()).isEqualTo(ImportReport.Status.CREATED);
        ProposalDocument stored = proposals.find(fixed.rows().get(0).proposalId()).orElseThrow();
        assertThat(stored.proposal().company().sizeClass()).isEqualTo(SizeClass.SME);
        assertThat(stored.proposal().company().region()).isEqualTo(Region.CAPITAL);
        assertThat(stored.proposal().company().valueChain()).extracting(Enum::name).containsExactlyInAnyOrder("AI_SERVICE", "DATA");
    }

    @Test
    void a_formula_cell_refuses_its_row_naming_column_and_cell_and_the_other_rows_go_in() {
        long before = proposals.count();
        List<Object> header = new ArrayList<>(Sheets.REQUIRED_KO);
        header.add("요청 금액(원)");
        List<Object> good = new ArrayList<>(Sheets.row("수식없음 주식회사", "정상 행"));
        good.add(60_000_000);
        List<Object> formula = new ArrayList<>(Sheets.row("수식 주식회사", "수식 행"));
        formula.set(5, "=CONCAT(\"계산\",\"됨\")");
        formula.add(50_000_000);
        ImportReport report = sheets.importSheet("f.xlsx", new ByteArrayInputStream(Sheets.xlsx(List.of(header, good, formula))),
                Locale.KOREAN, "officer");
        assertThat(report.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(report.rows()).extracting(ImportReport.Row::status)
                .containsExactly(ImportReport.Status.CREATED, ImportReport.Status.REFUSED);
        assertThat(report.rows().get(1).reasons()).extracting(ImportReport.Reason::column, ImportReport.Reason::field)
                .contains(org.assertj.core.groups.Tuple.tuple("제목", "F3"));
        assertThat(proposals.count()).isEqualTo(before + 1);
        assertThat(proposals.find(report.rows().get(0).proposalId()).orElseThrow().proposal().requestedAmountKrw()).isEqualTo(60_000_000L);
    }

    @Test
    void a_resubmitted_external_ref_is_reported_as_already_there_with_its_proposal() {
        List<String> header = with(Sheets.REQUIRED_KO, "외부 참조번호");
        List<List<String>> rows = List.of(header, with(Sheets.row("재제출 주식회사", "다시 올린 제안"), "SHEET-REF-1"));
        long first = importCsv(rows, Locale.KOREAN).rows().get(0).proposalId();
        ImportReport again = importCsv(rows, Locale.KOREAN);
        assertThat(again.rows().get(0).status()).isEqualTo(ImportReport.Status.DUPLICATE);
        assertThat(again.rows().get(0).proposalId()).isEqualTo(first);
    }

    @Test
    void an_analyst_may_not_import() {
        TestSecurity.signIn(context, "analyst", "ANALYST");
        byte[] file = Sheets.csv(StandardCharsets.UTF_8, false, List.of(Sheets.REQUIRED_KO, Sheets.row("x", "y")));
        assertThatThrownBy(() -> sheets.importSheet("a.csv", new ByteArrayInputStream(file), Locale.KOREAN, "analyst"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
