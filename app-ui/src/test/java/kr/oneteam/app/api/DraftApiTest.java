package kr.oneteam.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.domain.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * {@code /api/drafts} and {@code /api/publication-requests}: an analyst's script does what the 규칙 screens do —
 * through the same services, with the same checks — and hostile input changes nothing stored.
 */
@ApiTest
class DraftApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    // ---- helpers ----

    private record Raw(int status, String contentType, byte[] body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    private RestClient.RequestBodySpec request(HttpMethod method, String user, String path) {
        return RestClient.create("http://localhost:" + port).method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private Raw exchange(RestClient.RequestHeadersSpec<?> spec) {
        return spec.exchange((req, res) -> new Raw(res.getStatusCode().value(), res.getHeaders().getContentType() == null ? ""
                : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                res.getBody().readAllBytes(), res.getHeaders()));
    }

    private Raw putFile(String user, long draft, String path, byte[] content) {
        // The path as a template variable: RestClient encodes it once (a "/" stays a "/" in a query).
        return exchange(RestClient.create("http://localhost:" + port).put()
                .uri("/api/drafts/{id}/files?path={path}", draft, path)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.TEXT_PLAIN).body(content));
    }

    private Raw upload(String user, long draft, String fileName, byte[] bytes) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return exchange(request(HttpMethod.POST, user, "/api/drafts/" + draft + "/upload")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
    }

    private long newDraft(String name) {
        Api.Reply created = api.post("analyst", "/api/drafts", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode draft(String user, long id) {
        Api.Reply reply = api.get(user, "/api/drafts/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static List<String> texts(JsonNode problems) {
        List<String> list = new ArrayList<>();
        problems.forEach(p -> list.add(p.get("text").asText()));
        return list;
    }

    // ---- the analyst's script ----

    @Test
    void an_analyst_creates_edits_validates_and_asks_to_publish_and_another_analyst_approves() {
        Api.Reply created = api.post("analyst", "/api/drafts", Map.of("name", "API 초안"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port + "/api/drafts/" + id);
        assertThat(created.json().get("owner").asText()).isEqualTo("analyst");
        assertThat(created.json().get("files").has("caps.drl")).isTrue();
        assertThat(api.get("analyst", "/api/drafts").json().findValuesAsText("name")).contains("API 초안");

        // A change every shipped scenario still passes: a comment in caps.drl.
        String caps = draft("analyst", id).get("files").get("caps.drl").asText();
        Raw saved = putFile("analyst", id, "caps.drl", ("// API에서 고침\n" + caps).getBytes(StandardCharsets.UTF_8));
        assertThat(saved.status()).as(new String(saved.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(draft("analyst", id).get("files").get("caps.drl").asText()).startsWith("// API에서 고침\n");

        Api.Reply verdict = api.post("analyst", "/api/drafts/" + id + "/validate", null);
        assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
        assertThat(verdict.json().get("passed").asBoolean()).as(verdict.body()).isTrue();
        assertThat(verdict.json().get("ruleCount").asInt()).isPositive();
        assertThat(verdict.json().get("scenariosPassed").asLong()).isPositive();

        Api.Reply asked = api.post("analyst", "/api/drafts/" + id + "/publication-requests", Map.of("note", "주석만 추가"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = asked.json().get("id").asLong();
        assertThat(asked.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(asked.headers().getLocation().getPath()).isEqualTo("/api/publication-requests/" + request);
        Api.Reply again = api.post("analyst", "/api/drafts/" + id + "/publication-requests", Map.of("note", "또"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asText()).isEqualTo("alreadyPending");

        Api.Reply read = api.get("admin", "/api/publication-requests/" + request);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/diff/0/path").asText()).isEqualTo("caps.drl");
        assertThat(read.json().at("/diff/0/change").asText()).isEqualTo("CHANGED");

        // Four eyes: the author cannot approve, another analyst can.
        Api.Reply own = api.post("analyst", "/api/publication-requests/" + request + "/approve", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).isEqualTo("application/problem+json");
        assertThat(own.json().get("reason").asText()).isEqualTo("ownRequest");
        assertThat(api.get("analyst", "/api/publication-requests/" + request).json().at("/request/status").asText())
                .isEqualTo("PENDING");
        Api.Reply approved = api.post("analyst2", "/api/publication-requests/" + request + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asText()).isEqualTo("analyst2");
        long version = approved.json().get("publishedVersionId").asLong();
        JsonNode active = api.get("analyst", "/api/ruleset").json();
        assertThat(active.get("id").asLong()).isEqualTo(version);
        assertThat(active.get("source").asText()).isEqualTo("WORKSPACE");
        assertThat(audit.findByActorOrderByAtDesc("analyst")).anySatisfy(e -> assertThat(e.getAction()).isEqualTo("RULESET REQUEST"));
        assertThat(audit.findByActorOrderByAtDesc("analyst2")).anySatisfy(e -> assertThat(e.getAction()).isEqualTo("RULESET APPROVE"));
        assertThat(api.post("analyst2", "/api/publication-requests/" + request + "/approve", null).status())
                .as("decided already").isEqualTo(409);
    }

    @Test
    void problems_come_as_file_line_column_and_a_draft_that_fails_validation_cannot_be_sent() {
        long id = newDraft("깨진 초안");
        String broken = "package kr.oneteam.rules.policy;\n\nrule \"R-X broken\"\nwhen\n    Nonsense( )\nthen\nend\n";
        assertThat(putFile("analyst", id, "broken.drl", broken.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);

        JsonNode verdict = api.post("analyst", "/api/drafts/" + id + "/validate", null).json();
        assertThat(verdict.get("passed").asBoolean()).isFalse();
        assertThat(texts(verdict.get("problems"))).anySatisfy(t -> assertThat(t).matches("broken\\.drl:\\d+:\\d+ .+"));
        assertThat(verdict.at("/problems/0/file").asText()).isEqualTo("broken.drl");
        assertThat(verdict.at("/problems/0/line").asInt()).isPositive();

        Api.Reply refused = api.post("analyst", "/api/drafts/" + id + "/publication-requests", Map.of("note", "깨짐"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("broken.drl:");
        assertThat(api.get("analyst", "/api/publication-requests").json().findValuesAsText("draftId"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void a_zip_download_is_the_draft_and_uploads_back_into_another_draft_unchanged() throws IOException {
        long id = newDraft("내려받기");
        Raw zip = exchange(request(HttpMethod.GET, "analyst", "/api/drafts/" + id + "/zip"));
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        assertThat(zip.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("draft-" + id + ".zip");
        JsonNode files = draft("analyst", id).get("files");
        Map<String, String> unzipped = unzip(zip.body());
        assertThat(unzipped.keySet()).hasSize(files.size());
        files.fields().forEachRemaining(f -> assertThat(unzipped.get(f.getKey())).isEqualTo(f.getValue().asText()));

        // Into a draft that lost a file: the upload brings it back, and the hashes agree again.
        long other = newDraft("다시 올리기");
        assertThat(exchange(request(HttpMethod.DELETE, "analyst", "/api/drafts/" + other + "/files?path=caps.drl"))
                .status()).isEqualTo(200);
        Raw uploaded = upload("analyst", other, "rules.zip", zip.body());
        assertThat(uploaded.status()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(uploaded.json().get("stored").size()).isEqualTo(files.size());
        assertThat(draft("analyst", other).get("hash").asText()).isEqualTo(draft("analyst", id).get("hash").asText());
    }

    // ---- hostile input: refused by name, nothing stored changes ----

    @Test
    void a_zip_with_an_entry_leaving_the_draft_is_refused_whole_and_names_the_entry() throws IOException {
        long id = newDraft("경로 공격");
        String before = draft("analyst", id).get("hash").asText();
        byte[] evil = zip(Map.of("ok.drl", "package kr.oneteam.rules.policy;\n".getBytes(StandardCharsets.UTF_8),
                "../../etc/evil.drl", "package x;\n".getBytes(StandardCharsets.UTF_8)));

        Raw refused = upload("analyst", id, "evil.zip", evil);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(texts(refused.json().get("problems"))).anySatisfy(t -> assertThat(t).contains("../../etc/evil.drl"));
        JsonNode after = draft("analyst", id);
        assertThat(after.get("hash").asText()).isEqualTo(before);
        assertThat(after.get("files").has("ok.drl")).as("all or nothing").isFalse();
        Raw traversal = putFile("analyst", id, "../outside.drl", "package x;\n".getBytes(StandardCharsets.UTF_8));
        assertThat(traversal.status()).isEqualTo(400);
        assertThat(texts(traversal.json().get("problems"))).anySatisfy(t -> assertThat(t).startsWith("../outside.drl"));
        assertThat(draft("analyst", id).get("hash").asText()).isEqualTo(before);
    }

    @Test
    void oversize_and_non_utf8_files_are_refused_with_the_limit_or_the_line_and_column() {
        long id = newDraft("크기와 인코딩");
        String before = draft("analyst", id).get("hash").asText();

        byte[] big = ("// " + "가".repeat(400_000) + "\n").getBytes(StandardCharsets.UTF_8); // 1.2 MB: over 1 MB a file
        Raw tooBig = putFile("analyst", id, "big.drl", big);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().at("/problems/0/file").asText()).isEqualTo("big.drl");

        byte[] huge = new byte[3 * 1024 * 1024]; // over the body limit: 413 before it is read
        java.util.Arrays.fill(huge, (byte) 'a');
        Raw tooLarge = putFile("analyst", id, "huge.drl", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).isEqualTo("application/problem+json");

        byte[] cp949 = "package kr.oneteam.rules.policy;\n// 한도\n".getBytes(Charset.forName("CP949"));
        Raw korean = putFile("analyst", id, "cp949.drl", cp949);
        assertThat(korean.status()).isEqualTo(400);
        assertThat(korean.json().at("/problems/0/text").asText()).startsWith("cp949.drl:2:4 ");

        assertThat(draft("analyst", id).get("hash").asText()).isEqualTo(before);
    }

    @Test
    void bad_bodies_are_refused_by_field() {
        Api.Reply unknown = api.post("analyst", "/api/drafts", Map.of("name", "x", "owner", "analyst2"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("owner");
        Api.Reply wrongType = api.post("analyst", "/api/drafts", Map.of("fromVersion", "latest"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/errors/0/field").asText()).isEqualTo("fromVersion");
        Api.Reply noVersion = api.post("analyst", "/api/drafts", Map.of("fromVersion", 999_999));
        assertThat(noVersion.status()).isEqualTo(404);

        long id = newDraft("메모 없음");
        Api.Reply noNote = api.post("analyst", "/api/drafts/" + id + "/publication-requests", Map.of());
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().at("/errors/0/field").asText()).isEqualTo("note");
        Api.Reply badTime = api.post("analyst", "/api/drafts/" + id + "/publication-requests",
                Map.of("note", "n", "effectiveAt", "내일"));
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().at("/errors/0/field").asText()).isEqualTo("effectiveAt");
        Api.Reply english = api.post("analyst", "/api/drafts/" + id + "/publication-requests", Map.of(), "en");
        assertThat(english.json().at("/errors/0/message").asText()).startsWith("A note is required");
    }

    @Test
    void the_openapi_document_describes_the_drafts_and_requests_endpoints() {
        JsonNode paths = api.get(null, "/api/openapi.json").json().get("paths");
        assertThat(paths.has("/api/drafts")).isTrue();
        assertThat(paths.at("/~1api~1drafts~1{id}~1files/put/requestBody/content").has("text/plain")).isTrue();
        assertThat(paths.at("/~1api~1drafts~1{id}~1files/put/parameters").findValuesAsText("name")).contains("path");
        assertThat(paths.at("/~1api~1drafts~1{id}~1upload/post/requestBody/content").has("multipart/form-data")).isTrue();
        assertThat(paths.has("/api/drafts/{id}/validate")).isTrue();
        assertThat(paths.has("/api/drafts/{id}/publication-requests")).isTrue();
        assertThat(paths.has("/api/publication-requests/{id}/approve")).isTrue();
        assertThat(paths.has("/api/publication-requests/{id}/return")).isTrue();
    }

    // ---- whose draft ----

    @Test
    void another_analysts_draft_is_404_an_admin_reads_it_but_changes_nothing_and_an_officer_is_403() {
        long id = newDraft("남의 초안");
        String before = draft("analyst", id).get("hash").asText();

        assertThat(api.get("analyst2", "/api/drafts/" + id).status()).isEqualTo(404);
        assertThat(putFile("analyst2", id, "x.drl", "package x;\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(exchange(request(HttpMethod.DELETE, "analyst2", "/api/drafts/" + id)).status()).isEqualTo(404);
        assertThat(exchange(request(HttpMethod.GET, "analyst2", "/api/drafts/" + id + "/zip")).status()).isEqualTo(404);
        assertThat(api.post("analyst2", "/api/drafts/" + id + "/validate", null).status()).isEqualTo(404);
        assertThat(api.get("analyst2", "/api/drafts").json().findValuesAsText("name")).doesNotContain("남의 초안");

        assertThat(draft("admin", id).get("owner").asText()).isEqualTo("analyst");
        assertThat(api.get("admin", "/api/drafts").json().findValuesAsText("name")).contains("남의 초안");
        assertThat(exchange(request(HttpMethod.GET, "admin", "/api/drafts/" + id + "/zip")).status()).isEqualTo(200);
        assertThat(putFile("admin", id, "x.drl", "package x;\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/drafts", Map.of()).status()).isEqualTo(403);

        assertThat(api.get("officer", "/api/drafts").status()).isEqualTo(403);
        assertThat(api.get("officer", "/api/drafts/" + id).status()).isEqualTo(403);
        assertThat(api.get("intake", "/api/publication-requests").status()).isEqualTo(403);
        assertThat(draft("analyst", id).get("hash").asText()).isEqualTo(before);

        assertThat(exchange(request(HttpMethod.DELETE, "analyst", "/api/drafts/" + id)).status()).isEqualTo(204);
        assertThat(api.get("analyst", "/api/drafts/" + id).status()).isEqualTo(404);
    }
}
