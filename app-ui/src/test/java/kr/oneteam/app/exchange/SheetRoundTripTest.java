package kr.oneteam.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.queue.ProposalQueries;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An export imported again gives the same proposals: every field of every proposal (the demo meeting, one with
 * every block filled, one with hostile text), through CSV and through XLSX. Hostile text never starts a cell.
 */
@SpringBootTest
@ActiveProfiles("test")
class SheetRoundTripTest {

    private static final String FULL = """
            {"externalRef":"RT-FULL","receivedAt":"2026-11-30T09:15:00+09:00","channel":"LETTER",
             "company":{"name":"왕복 주식회사; 세미콜론","bizRegNo":"000-00-00000","sizeClass":"SME","startup":true,"venture":false,
               "youthFounded":true,"region":"NON_CAPITAL","valueChain":["FOUNDATION_MODEL","DATA"],"supplierRoles":["DATA_SUPPLIER"],
               "currentAwards":["P07"]},
             "title":"모든 블록을 채운 제안","text":"첫 줄\\n둘째 줄, 쉼표 \\"따옴표\\"\\n\\t탭으로 시작하는 줄",
             "categories":["COMPUTE","DATA","REGULATION","PUBLIC_DEMAND","GLOBAL","POWER_SITE"],"themes":["SOVEREIGN_AI","AGENTIC_AI"],
             "stage":"POC","requestedAmountKrw":1234567890123,
             "compute":{"accelerator":"H200","quantity":24,"months":6,"workload":"PRETRAINING","independence":"FROM_SCRATCH"},
             "data":{"need":"ACCESS","domains":["MEDICAL","FINANCE"],"sensitivity":"PSEUDONYMOUS","closedEnvironment":true,
               "linkage":true,"exportArtifact":"MODEL_WEIGHTS"},
             "regulation":{"sandboxTrack":"RAPID_CONFIRMATION","generativeAi":true,"highImpactDomain":"HEALTHCARE"},
             "procurement":{"konepsRegistered":true,"innovationProduct":"APPLIED","targetAgencies":["국가정보자원관리원","경찰청, 본청"]},
             "global":{"targetCountries":["US","VN"],"demandSite":"NEGOTIATING","governmentBacked":true},
             "infra":{"powerMw":12.75,"siteRegion":"NON_CAPITAL","spectrum":"EUM5G_4_7"},
             "consortium":[{"name":"주관 대학교","sizeClass":"UNIVERSITY","role":"LEAD"},{"name":"참여; 스타트업","sizeClass":"SME","role":"MEMBER"}]}
            """;
    private static final String HOSTILE = """
            {"externalRef":"RT-HOSTILE","receivedAt":"2026-11-30T10:00:00+09:00","channel":"PORTAL",
             "company":{"name":"@SUM(1+1)*cmd|' /C calc'!A0","sizeClass":"LARGE","region":"CAPITAL"},
             "title":"=HYPERLINK(\\"http://evil.example\\",\\"열기\\")","text":"-2+3 그리고 +1",
             "categories":["AI_ADOPTION"],"stage":"COMMERCIAL",
             "procurement":{"konepsRegistered":false,"innovationProduct":"NONE","targetAgencies":["=1+2","+국방부"]}}
            """;
    private static final List<String> VOLATILE = List.of("id", "externalRef", "status", "ruleset", "routingFailure",
            "recommendations");

    @Autowired
    ApplicationContext context;
    @Autowired
    SheetImport sheets;
    @Autowired
    QueueExport export;
    @Autowired
    IntakeService intake;
    @Autowired
    ProposalQueries proposals;
    @Autowired
    ReviewService review;
    @Autowired
    ObjectMapper json;

    private long full;
    private long hostile;

    @BeforeEach
    void seed() throws Exception {
        TestSecurity.signIn(context, "officer", "OFFICER");
        full = idOf("RT-FULL", FULL);
        hostile = idOf("RT-HOSTILE", HOSTILE);
    }

    private long idOf(String ref, String body) throws Exception {
        var outcome = intake.submitBatch(json.readTree("[" + body + "]"), "officer").get(0);
        assertThat(outcome.problems()).as(ref).isEmpty();
        return outcome.created() ? outcome.id() : outcome.existingId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_csv_export_imported_again_gives_the_same_proposals_and_never_starts_a_cell_with_a_formula() throws Exception {
        decideOne();
        byte[] file = exported(SheetFormat.CSV);
        List<CSVRecord> records = csv(file);
        List<String> header = records.get(0).toList();
        assertThat(header).containsExactlyElementsOf(SheetColumns.all().stream().map(c -> c.header(Locale.KOREAN)).toList());
        for (CSVRecord record : records.subList(1, records.size())) {
            for (String cell : record) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        CSVRecord hostileRow = records.stream().filter(r -> r.get(header.indexOf("제안 ID")).equals(String.valueOf(hostile)))
                .findFirst().orElseThrow();
        assertThat(hostileRow.get(header.indexOf("제목"))).startsWith("'=HYPERLINK");
        assertThat(hostileRow.get(header.indexOf("기업명"))).startsWith("'@SUM");
        assertThat(String.join("|", records.stream().map(r -> r.get(header.indexOf("담당관 결정"))).toList())).contains("수용");

        ImportReport same = sheets.importSheet("export.csv", new ByteArrayInputStream(file), Locale.KOREAN, "officer");
        assertSameProposals(records.subList(1, records.size()).stream().map(r -> Long.parseLong(r.get(header.indexOf("제안 ID"))))
                .toList(), same, true);

        byte[] copied = rewriteCsvRefs(file, ref -> ref + "-csv");
        ImportReport copies = sheets.importSheet("copies.csv", new ByteArrayInputStream(copied), Locale.KOREAN, "officer");
        assertSameProposals(records.subList(1, records.size()).stream().map(r -> Long.parseLong(r.get(header.indexOf("제안 ID"))))
                .toList(), copies, false);
    }

    @Test
    void an_xlsx_export_imported_again_gives_the_same_proposals_and_escapes_hostile_text() throws Exception {
        byte[] file = exported(SheetFormat.XLSX);
        List<Long> ids = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int idColumn = SheetColumns.INPUT.size();
            int titleColumn = SheetColumns.INPUT.indexOf(SheetColumns.byPath("title").orElseThrow());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                long id = (long) row.getCell(idColumn).getNumericCellValue();
                ids.add(id);
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
                if (id == hostile) {
                    assertThat(row.getCell(titleColumn).getStringCellValue()).startsWith("'=HYPERLINK");
                }
            }
        }
        assertThat(ids).contains(full, hostile);
        ImportReport same = sheets.importSheet("export.xlsx", new ByteArrayInputStream(file), Locale.KOREAN, "officer");
        assertSameProposals(ids, same, true);

        byte[] copied = rewriteXlsxRefs(file, ref -> ref + "-xlsx");
        ImportReport copies = sheets.importSheet("copies.xlsx", new ByteArrayInputStream(copied), Locale.KOREAN, "officer");
        assertSameProposals(ids, copies, false);
    }

    private void decideOne() {
        ProposalDetail detail = review.proposal(full);
        if (detail.recommendations().stream().noneMatch(r -> r.outcome() != null)) {
            review.accept(full, detail.version(), detail.recommendations().get(0).id(), "왕복 시험");
        }
    }

    private byte[] exported(SheetFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(QueueFilter.none(), Sort.by(Sort.Direction.ASC, "receivedAt"), format, Locale.KOREAN, out);
        return out.toByteArray();
    }

    /**
     * Row i of the import is proposal ids[i] again: with its externalRef kept it is that proposal (duplicate); as a
     * new proposal (ref changed, or none) every field equals the original's.
     */
    private void assertSameProposals(List<Long> ids, ImportReport report, boolean refsKept) {
        assertThat(report.rows()).hasSameSizeAs(ids);
        for (int i = 0; i < ids.size(); i++) {
            ImportReport.Row row = report.rows().get(i);
            JsonNode original = json.valueToTree(proposals.find(ids.get(i)).orElseThrow());
            boolean hasRef = original.path("externalRef").isTextual();
            if (refsKept && hasRef) {
                assertThat(row.status()).as("row %d: %s", row.row(), row.reasons()).isEqualTo(ImportReport.Status.DUPLICATE);
                assertThat(row.proposalId()).isEqualTo(ids.get(i));
            } else {
                assertThat(row.status()).as("row %d: %s", row.row(), row.reasons()).isEqualTo(ImportReport.Status.CREATED);
                JsonNode copy = json.valueToTree(proposals.find(row.proposalId()).orElseThrow());
                assertThat(comparable(copy)).as("proposal %d", ids.get(i)).isEqualTo(comparable(original));
                assertThat(programmes(copy)).isEqualTo(programmes(original));
            }
        }
    }

    private static JsonNode comparable(JsonNode document) {
        ObjectNode fields = document.deepCopy();
        fields.remove(VOLATILE);
        fields.put("receivedAt", OffsetDateTime.parse(fields.get("receivedAt").asText()).toInstant().toString());
        return fields;
    }

    private static List<String> programmes(JsonNode document) {
        List<String> routed = new ArrayList<>();
        document.path("recommendations").forEach(r -> routed.add(r.path("programme").asText() + " " + r.path("eligibility").asText()));
        return routed;
    }

    private static List<CSVRecord> csv(byte[] file) throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff");
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static byte[] rewriteCsvRefs(byte[] file, UnaryOperator<String> newRef) throws Exception {
        List<CSVRecord> records = csv(file);
        StringBuilder out = new StringBuilder("\ufeff");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(records.get(0).toList());
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>(record.toList());
                if (!cells.get(0).isEmpty()) {
                    cells.set(0, newRef.apply(cells.get(0)));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] rewriteXlsxRefs(byte[] file, UnaryOperator<String> newRef) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell ref = sheet.getRow(r).getCell(0);
                if (ref != null && !ref.getStringCellValue().isEmpty()) {
                    ref.setCellValue(newRef.apply(ref.getStringCellValue()));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
