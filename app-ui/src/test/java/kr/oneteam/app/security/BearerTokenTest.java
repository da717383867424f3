package kr.oneteam.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.app.FixedClock;
import kr.oneteam.app.account.AccountAdministration;
import kr.oneteam.app.ui.testing.TestSecurity;
import kr.oneteam.domain.account.ApiToken;
import kr.oneteam.domain.account.ApiTokenRepository;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.client.RestClient;

/** Deliverable 2: an ADMIN issues a token (seen once, stored as a hash), the client signs in with it, it ends. */
@ApiTest
class BearerTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenRepository tokens;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountAdministration administration;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ApplicationContext context;

    Api api;
    String machine;

    @BeforeEach
    void machineAccount() {
        api = new Api(port);
        machine = "machine-" + System.nanoTime();
        accounts.save(new UserAccount(machine, encoder.encode("unused-password"), Set.of(Role.INTAKE)));
    }

    @AfterEach
    void openTheDoors() {
        throttle.forgetAll();
    }

    @Test
    void an_admin_issues_a_token_that_is_shown_once_stored_as_sha256_and_signs_in_with_the_accounts_roles() {
        Api.Reply issued = api.post("admin", "/api/accounts/" + machine + "/tokens",
                Map.of("name", "포털 연동", "expiresAt", "2026-06-30T00:00:00+09:00"));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String secret = issued.json().get("token").asText();
        assertThat(secret).startsWith("otd_").hasSize(47);
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?", String.class,
                issued.json().get("id").asLong())).isEqualTo(TokenSecrets.hash(secret));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_prefix = ?"
                + " or name = ?", Long.class, secret, secret, secret)).isZero();
        JsonNode listed = api.get("admin", "/api/accounts/" + machine + "/tokens").json();
        assertThat(listed.toString()).doesNotContain(secret).contains("포털 연동").contains(secret.substring(0, 10));

        assertThat(bearer(HttpMethod.GET, "/api/programmes", secret).status()).isEqualTo(200);
        assertThat(bearer(HttpMethod.POST, "/api/proposals/batch", secret).status()).isNotIn(401, 403);
        assertThat(bearer(HttpMethod.GET, "/api/proposals", secret).status()).as("INTAKE may not read").isEqualTo(403);
        assertThat(tokens.findByTokenHash(TokenSecrets.hash(secret)).orElseThrow().getLastUsedAt().toInstant())
                .isEqualTo(FixedClock.NOW);
    }

    @Test
    void a_revoked_an_expired_or_an_unknown_token_is_401_as_problem_json() throws Exception {
        String revoked = issue("revoke me");
        long id = tokens.findByTokenHash(TokenSecrets.hash(revoked)).orElseThrow().getId();
        assertThat(api.call(HttpMethod.DELETE, "admin", "/api/tokens/" + id, null, null).status()).isEqualTo(200);

        String expired = TokenSecrets.newSecret();
        tokens.save(new ApiToken(machine, "old", TokenSecrets.hash(expired), TokenSecrets.shownPrefix(expired), "admin",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T00:00:00Z")));

        for (String secret : List.of(revoked, expired, TokenSecrets.newSecret(), "not-a-token")) {
            Api.Reply reply = bearer(HttpMethod.GET, "/api/programmes", secret);
            assertThat(reply.status()).as(secret).isEqualTo(401);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        }
        assertThat(bearer(HttpMethod.GET, "/api/programmes", revoked).json().get("detail").asText()).contains("폐기");
        assertThat(bearer(HttpMethod.GET, "/api/programmes", expired).json().get("detail").asText()).contains("만료");
    }

    @Test
    void disabling_the_account_or_changing_its_roles_ends_its_tokens_at_once() throws Exception {
        String first = issue("first");
        assertThat(bearer(HttpMethod.GET, "/api/programmes", first).status()).isEqualTo(200);

        TestSecurity.runAs(context, "admin", "ADMIN", () -> administration.change(machine, Set.of(Role.INTAKE, Role.OFFICER), true));
        assertThat(bearer(HttpMethod.GET, "/api/programmes", first).status()).isEqualTo(401);
        assertThat(tokens.findByTokenHash(TokenSecrets.hash(first)).orElseThrow().getRevokedBy()).isEqualTo("admin");

        String second = issue("second");
        assertThat(bearer(HttpMethod.GET, "/api/proposals", second).status()).as("new roles: OFFICER reads").isEqualTo(200);
        TestSecurity.runAs(context, "admin", "ADMIN", () -> administration.change(machine, Set.of(Role.INTAKE, Role.OFFICER), false));
        assertThat(bearer(HttpMethod.GET, "/api/programmes", second).status()).isEqualTo(401);
    }

    @Test
    void token_administration_is_for_admins_only_and_checks_name_and_expiry() {
        Map<String, String> body = Map.of("name", "x", "expiresAt", "2026-03-01T00:00:00Z");
        for (String user : List.of("officer", "analyst", "intake")) {
            assertThat(api.post(user, "/api/accounts/" + machine + "/tokens", body).status()).isEqualTo(403);
            assertThat(api.get(user, "/api/accounts/" + machine + "/tokens").status()).isEqualTo(403);
            assertThat(api.call(HttpMethod.DELETE, user, "/api/tokens/1", null, null).status()).isEqualTo(403);
        }
        assertThat(api.post(null, "/api/accounts/" + machine + "/tokens", body).status()).isEqualTo(401);

        Api.Reply tooLong = api.post("admin", "/api/accounts/" + machine + "/tokens",
                Map.of("name", "x", "expiresAt", "2028-01-01T00:00:00Z"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).isEqualTo("application/problem+json");
        assertThat(api.post("admin", "/api/accounts/" + machine + "/tokens", Map.of("name", " ", "expiresAt",
                "2026-03-01T00:00:00Z")).status()).isEqualTo(400);
        assertThat(api.post("admin", "/api/accounts/nobody-here/tokens", body).status()).isEqualTo(404);
        assertThat(api.call(HttpMethod.DELETE, "admin", "/api/tokens/987654321", null, null).status()).isEqualTo(404);
    }

    private String issue(String name) {
        Api.Reply issued = api.post("admin", "/api/accounts/" + machine + "/tokens",
                Map.of("name", name, "expiresAt", "2026-02-01T00:00:00Z"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("token").asText();
    }

    private Api.Reply bearer(HttpMethod method, String path, String secret) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
        if (method == HttpMethod.POST) {
            request = request.header(HttpHeaders.CONTENT_TYPE, "application/json").body("[]");
        }
        return request.exchange((req, res) -> new Api.Reply(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
