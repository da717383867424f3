package kr.oneteam.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** {@code POST /api/proposals/import}: the same import as the screen, for machine clients (INTAKE) and officers. */
@ApiTest
class SheetApiTest {

    @LocalServerPort
    int port;

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply upload(String user, String fileName, byte[] file, String language) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return RestClient.create("http://localhost:" + port).post().uri("/api/proposals/import")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":oneteam").getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((req, res) -> {
                    String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return new Reply(res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
                            text.isEmpty() ? null : new ObjectMapper().readTree(text));
                });
    }

    /** A multipart body written out, so that it goes with a Content-Length (as browsers and curl send files). */
    private Reply uploadWithLength(String user, byte[] file) {
        byte[] head = ("--B0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--B0undary--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return RestClient.create("http://localhost:" + port).post().uri("/api/proposals/import")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":oneteam").getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=B0undary")).body(body)
                .exchange((req, res) -> new Reply(res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()), null));
    }

    @Test
    void an_intake_client_imports_a_sheet_and_gets_one_result_per_row_with_the_columns_at_fault() {
        List<String> bad = new ArrayList<>(Sheets.row("API 거부 주식회사", "거부"));
        bad.set(3, "거대기업");
        Reply reply = upload("intake", "api.csv", Sheets.csv(StandardCharsets.UTF_8, false,
                List.of(Sheets.REQUIRED_KO, Sheets.row("API 시트 주식회사", "API로 올린 시트"), bad)), "ko");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode results = reply.body().path("results");
        assertThat(results.get(0).path("status").asText()).isEqualTo("created");
        assertThat(results.get(0).path("id").asLong()).isPositive();
        assertThat(results.get(1).path("status").asText()).isEqualTo("rejected");
        assertThat(results.get(1).path("errors").get(0).path("column").asText()).isEqualTo("기업 규모");
        assertThat(results.get(1).path("errors").get(0).path("field").asText()).isEqualTo("company.sizeClass");
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_a_problem_in_the_callers_language() {
        Reply reply = upload("officer", "x.pdf", "%PDF-1.4\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1), "en");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("title").asText()).startsWith("This is not a spreadsheet");
    }

    @Test
    void an_analyst_may_not_import_and_an_oversized_upload_is_refused_before_it_is_read() {
        byte[] small = Sheets.csv(StandardCharsets.UTF_8, false, List.of(Sheets.REQUIRED_KO, Sheets.row("분석 주식회사", "x")));
        assertThat(upload("analyst", "a.csv", small, "ko").status()).isEqualTo(403);
        byte[] huge = new byte[SheetUpload.MAX_BYTES + 2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Reply tooLarge = uploadWithLength("officer", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }
}
