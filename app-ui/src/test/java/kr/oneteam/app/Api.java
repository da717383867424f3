package kr.oneteam.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for API tests: any method, any account, the raw status and the JSON body. */
public final class Api {

    public static final String PASSWORD = "oneteam";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    public Reply get(String user, String path) {
        return call(HttpMethod.GET, user, path, null, null);
    }

    public Reply post(String user, String path, Object body) {
        return call(HttpMethod.POST, user, path, body, null);
    }

    public Reply post(String user, String path, Object body, String language) {
        return call(HttpMethod.POST, user, path, body, language);
    }

    public Reply call(HttpMethod method, String user, String path, Object body, String language) {
        var request = client.method(method).uri(path).headers(headers -> {
            if (user != null) {
                headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            if (language != null) {
                headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
        });
        if (body != null) {
            String text = body instanceof String s ? s : write(body);
            request = request.contentType(MediaType.APPLICATION_JSON).body(text);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new Reply(res.getStatusCode().value(), res.getHeaders(), text);
        });
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode demoProposals() {
        try (InputStream in = Api.class.getResourceAsStream("/demo/kosa-2025-07-08.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, valid copy of demo proposal {@code index} under a new externalRef. */
    public static ObjectNode demoProposal(int index, String externalRef) {
        ObjectNode copy = demoProposals().get(index).deepCopy();
        copy.put("externalRef", externalRef);
        return copy;
    }

    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? "" : type.getType() + "/" + type.getSubtype();
        }
    }
}
