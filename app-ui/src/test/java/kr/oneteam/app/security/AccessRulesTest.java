package kr.oneteam.app.security;

import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** INTAKE.md's "who" column: every endpoint answers 401 to anonymous callers and 403 to the wrong role. */
@ApiTest
class AccessRulesTest {

    static final List<String> USERS = List.of("officer", "analyst", "admin", "intake");

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle throttle;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                arguments(HttpMethod.POST, "/api/proposals", Set.of("officer", "intake")),
                arguments(HttpMethod.POST, "/api/proposals/batch", Set.of("officer", "intake")),
                arguments(HttpMethod.GET, "/api/proposals/1", Set.of("officer", "analyst")),
                arguments(HttpMethod.GET, "/api/proposals", Set.of("officer", "analyst")),
                arguments(HttpMethod.GET, "/api/proposals/export?format=csv&q=none", Set.of("officer", "analyst", "admin")),
                arguments(HttpMethod.GET, "/api/programmes", Set.copyOf(USERS)),
                arguments(HttpMethod.GET, "/api/ruleset", Set.copyOf(USERS)),
                arguments(HttpMethod.GET, "/api/ruleset/problems", Set.of("analyst", "admin")),
                arguments(HttpMethod.GET, "/api/ruleset/versions", Set.of("analyst", "admin")),
                arguments(HttpMethod.GET, "/api/ruleset/coverage", Set.of("analyst", "admin")),
                arguments(HttpMethod.POST, "/api/programmes", Set.of("analyst", "admin")),
                arguments(HttpMethod.PUT, "/api/programmes/P01", Set.of("analyst", "admin")),
                // h-walk: drafts and publication requests (decision record 125)
                arguments(HttpMethod.GET, "/api/drafts", Set.of("analyst", "admin")),
                arguments(HttpMethod.POST, "/api/drafts", Set.of("analyst")),
                arguments(HttpMethod.GET, "/api/drafts/999999", Set.of("analyst", "admin")),
                arguments(HttpMethod.GET, "/api/drafts/999999/zip", Set.of("analyst", "admin")),
                arguments(HttpMethod.PUT, "/api/drafts/999999/files?path=x.drl", Set.of("analyst")),
                arguments(HttpMethod.DELETE, "/api/drafts/999999", Set.of("analyst")),
                arguments(HttpMethod.POST, "/api/drafts/999999/validate", Set.of("analyst")),
                arguments(HttpMethod.POST, "/api/drafts/999999/publication-requests", Set.of("analyst")),
                arguments(HttpMethod.GET, "/api/publication-requests", Set.of("analyst", "admin")),
                arguments(HttpMethod.GET, "/api/publication-requests/999999", Set.of("analyst", "admin")),
                arguments(HttpMethod.POST, "/api/publication-requests/999999/approve", Set.of("analyst", "admin")),
                arguments(HttpMethod.POST, "/api/publication-requests/999999/withdraw", Set.of("analyst")),
                arguments(HttpMethod.GET, "/api/accounts/intake/tokens", Set.of("admin")),
                arguments(HttpMethod.POST, "/api/accounts/intake/tokens", Set.of("admin")),
                arguments(HttpMethod.DELETE, "/api/tokens/999999", Set.of("admin")));
    }

    @ParameterizedTest(name = "{0} {1} without credentials is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401_as_problem_json(HttpMethod method, String path, Set<String> allowed) {
        Api.Reply reply = api.call(method, null, path, method == HttpMethod.POST ? "{}" : null, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest(name = "{0} {1} is open to {2} only")
    @MethodSource("endpoints")
    void each_role_is_let_through_or_refused_with_403(HttpMethod method, String path, Set<String> allowed) {
        for (String user : USERS) {
            Api.Reply reply = api.call(method, user, path, method == HttpMethod.POST ? "[]" : null, null);
            throttle.forgetAll();

            if (allowed.contains(user)) {
                assertThat(reply.status()).as(user + " " + reply.body()).isNotIn(401, 403);
            } else {
                assertThat(reply.status()).as(user).isEqualTo(403);
                assertThat(reply.contentType()).isEqualTo("application/problem+json");
            }
        }
    }

    @Test
    void a_wrong_password_is_401() {
        // Basic credentials "officer:wrong:oneteam": user officer with password "wrong:oneteam"
        Api.Reply reply = api.call(HttpMethod.GET, "officer:wrong", "/api/programmes", null, null);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void an_unknown_api_path_is_refused_even_to_signed_in_users() {
        assertThat(api.get("admin", "/api/secrets").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/secrets").status()).isEqualTo(401);
    }
}
