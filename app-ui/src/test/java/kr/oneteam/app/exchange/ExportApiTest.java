package kr.oneteam.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.oneteam.app.ApiTest;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.ui.testing.TestSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/**
 * {@code GET /api/proposals/export}: the queue's export for machine clients — the same file as the screen's, the
 * queue's filters, every bad parameter named, a cap (here lowered to 20 rows) answered before anything is written,
 * and a round trip: the exported file imported again gives the same proposals.
 */
@ApiTest
@TestPropertySource(properties = "oneteam.export.max-rows=20")
class ExportApiTest {

    private static final Set<String> VOLATILE = Set.of("id", "externalRef", "status", "ruleset", "routingFailure",
            "recommendations");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    QueueExport export;
    @Autowired
    ApplicationContext context;

    private record Reply(int status, String contentType, String disposition, byte[] body) {

        JsonNode json() throws java.io.IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_exported_csv_is_the_screens_file_and_imported_again_gives_the_same_proposals() throws Exception {
        String tag = "내보내기API" + System.nanoTime();
        List<Long> ids = submit(tag, 3, "=HYPERLINK(\"http://evil.example\")");

        Reply reply = get("analyst", "/api/proposals/export?format=csv&q=" + tag + "&channel=LETTER&sort=companyName.asc", "ko");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.disposition()).startsWith("attachment").contains(".csv");
        // The same service as the screen: byte for byte the file the 내보내기 link gives for that filter and sort.
        TestSecurity.signIn(context, "analyst", "ANALYST");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        export.export(QueueFilter.none().withText(tag).withChannel(kr.oneteam.domain.vocabulary.Channel.LETTER),
                Sort.by(Sort.Direction.ASC, "companyName"), SheetFormat.CSV, Locale.KOREAN, screen);
        assertThat(reply.body()).isEqualTo(screen.toByteArray());

        List<CSVRecord> records = csv(reply.body());
        List<String> header = records.get(0).toList();
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(3);
        for (CSVRecord row : rows) {
            row.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get(header.indexOf("제목"))).startsWith("'=HYPERLINK"));
        List<Long> exported = rows.stream().map(r -> Long.parseLong(r.get(header.indexOf("제안 ID")))).toList();
        assertThat(new HashSet<>(exported)).isEqualTo(new HashSet<>(ids));

        // Imported unchanged: each row is the proposal it came from.
        JsonNode same = upload("officer", "same.csv", reply.body()).path("results");
        for (int i = 0; i < exported.size(); i++) {
            assertThat(same.get(i).path("status").asText()).isEqualTo("duplicate");
            assertThat(same.get(i).path("existingId").asLong()).isEqualTo(exported.get(i));
        }
        // Imported as new proposals (other references): every field equals the original's, routed the same.
        JsonNode copies = upload("officer", "copies.csv", rewriteRefs(reply.body(), "-copy")).path("results");
        for (int i = 0; i < exported.size(); i++) {
            assertThat(copies.get(i).path("status").asText()).as(copies.get(i).toString()).isEqualTo("created");
            JsonNode original = get("officer", "/api/proposals/" + exported.get(i), "ko").json();
            JsonNode copy = get("officer", "/api/proposals/" + copies.get(i).path("id").asLong(), "ko").json();
            assertThat(comparable(copy)).isEqualTo(comparable(original));
            assertThat(programmes(copy)).isEqualTo(programmes(original));
        }
    }

    @Test
    void an_xlsx_export_opens_as_a_workbook_without_formulas() throws Exception {
        String tag = "엑셀API" + System.nanoTime();
        List<Long> ids = submit(tag, 2, "+1+1 합계");

        Reply reply = get("admin", "/api/proposals/export?format=xlsx&q=" + tag, "en");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo(SheetFormat.XLSX.contentType());
        assertThat(reply.disposition()).contains("proposals-").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Proposals");
            assertThat(sheet.getLastRowNum()).isEqualTo(ids.size());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotStartWith("+").doesNotStartWith("=");
                    }
                }
            }
        }
    }

    @Test
    void every_bad_parameter_is_named_in_one_problem_and_a_missing_format_too() throws Exception {
        Reply reply = get("officer", "/api/proposals/export?format=pdf&status=OPEN&from=yesterday&programme=X1"
                + "&sort=password.asc&colour=red", "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("colour", "format", "status", "programme", "from", "sort");
        JsonNode status = findField(reply.json(), "status");
        assertThat(status.path("message").asText()).contains("AWAITING_REVIEW");

        Reply noFormat = get("officer", "/api/proposals/export?status=AWAITING_REVIEW", "ko");
        assertThat(noFormat.status()).isEqualTo(400);
        assertThat(findField(noFormat.json(), "format")).isNotNull();

        Reply backwards = get("officer", "/api/proposals/export?format=csv&from=2026-03-02&to=2026-03-01", "en");
        assertThat(findField(backwards.json(), "to")).isNotNull();
    }

    @Test
    void a_filter_over_the_cap_is_refused_before_any_row_is_written() throws Exception {
        String tag = "상한API" + System.nanoTime();
        submit(tag, 21, "상한 시험");

        Reply reply = get("officer", "/api/proposals/export?format=csv&q=" + tag, "en");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.disposition()).isNull();
        assertThat(reply.json().path("limit").asInt()).isEqualTo(20);
        assertThat(reply.json().path("title").asText()).contains("21").contains("20").contains("narrow the filter");

        Reply narrower = get("officer", "/api/proposals/export?format=csv&q=" + tag + "&sort=receivedAt.asc", "en");
        assertThat(narrower.status()).isEqualTo(422);
    }

    @Test
    void only_the_queues_readers_may_export() {
        assertThat(get(null, "/api/proposals/export?format=csv", "ko").status()).isEqualTo(401);
        assertThat(get("intake", "/api/proposals/export?format=csv", "ko").status()).isEqualTo(403);
        assertThat(get("admin", "/api/proposals/export?format=csv&q=아무도없는제안", "ko").status()).isEqualTo(200);
    }

    @Test
    void the_export_is_in_the_openapi_document_with_its_parameters() throws Exception {
        JsonNode doc = get(null, "/api/openapi.json", "ko").json();
        JsonNode op = doc.at("/paths/~1api~1proposals~1export/get");
        assertThat(op.isMissingNode()).isFalse();
        List<String> names = new ArrayList<>();
        op.path("parameters").forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).contains("format", "status", "programme", "eligibility", "category", "size", "region", "from",
                "to", "q", "channel", "deadline", "assignee", "sort");
        assertThat(op.at("/responses/200/content").has("text/csv")).isTrue();
        assertThat(op.at("/responses/400/content").has("application/problem+json")).isTrue();
        assertThat(op.at("/responses/422").isMissingNode()).isFalse();
    }

    /** {@code count} proposals through the intake API, on the LETTER channel, the first titled {@code firstTitle}. */
    private List<Long> submit(String tag, int count, String firstTitle) throws Exception {
        ObjectNode proposal = (ObjectNode) json.readTree(new org.springframework.core.io.ClassPathResource(
                "openapi/proposal.json").getInputStream());
        ArrayNode batch = json.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode item = proposal.deepCopy();
            item.put("externalRef", tag + "-" + i);
            item.put("channel", "LETTER");
            item.put("title", i == 0 ? firstTitle + " " + tag : tag + " 제안 " + i);
            ((ObjectNode) item.get("company")).put("name", tag + " 회사 " + (char) ('가' + i));
            batch.add(item);
        }
        String body = RestClient.create("http://localhost:" + port).post().uri("/api/proposals/batch")
                .header(HttpHeaders.AUTHORIZATION, basic("intake")).contentType(MediaType.APPLICATION_JSON)
                .body(batch.toString()).retrieve().body(String.class);
        List<Long> ids = new ArrayList<>();
        json.readTree(body).path("results").forEach(r -> {
            assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("created");
            ids.add(r.path("id").asLong());
        });
        return ids;
    }

    private Reply get(String user, String path, String language) {
        var request = RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (user != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.exchange((req, res) -> new Reply(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()), res.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION),
                res.getBody().readAllBytes()));
    }

    private JsonNode upload(String user, String fileName, byte[] file) throws Exception {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        String body = RestClient.create("http://localhost:" + port).post().uri("/api/proposals/import")
                .header(HttpHeaders.AUTHORIZATION, basic(user)).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().body(String.class);
        return json.readTree(body);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":oneteam").getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode findField(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return e;
            }
        }
        return null;
    }

    private static JsonNode comparable(JsonNode document) {
        ObjectNode fields = document.deepCopy();
        fields.remove(VOLATILE);
        fields.put("receivedAt", OffsetDateTime.parse(fields.get("receivedAt").asText()).toInstant().toString());
        return fields;
    }

    private static List<String> programmes(JsonNode document) {
        List<String> routed = new ArrayList<>();
        document.path("recommendations").forEach(r -> routed.add(r.path("programme").asText() + " "
                + r.path("eligibility").asText()));
        return routed;
    }

    private static List<CSVRecord> csv(byte[] file) throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff");
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static byte[] rewriteRefs(byte[] file, String suffix) throws Exception {
        List<CSVRecord> records = csv(file);
        StringBuilder out = new StringBuilder("\ufeff");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(records.get(0).toList());
            for (CSVRecord record : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>(record.toList());
                cells.set(0, cells.get(0) + suffix);
                printer.printRecord(cells);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
