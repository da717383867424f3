package kr.oneteam.app.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The probes answer anyone, without details; nothing else of actuator is reachable, signed in or not. */
@ApiTest
class ReadinessTest {

    @LocalServerPort
    int port;

    @Test
    void readiness_is_up_for_anonymous_callers_and_says_nothing_more() {
        Api.Reply ready = new Api(port).get(null, "/actuator/health/readiness");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.json().size()).as(ready.body()).isEqualTo(1);
        assertThat(new Api(port).get(null, "/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void every_other_actuator_path_is_refused_even_to_an_admin() {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/env", "/actuator/beans",
                "/actuator/health/ruleset", "/actuator/metrics"}) {
            assertThat(new Api(port).get(null, path).status()).as(path).isIn(401, 403);
            assertThat(new Api(port).get("admin", path).status()).as(path).isIn(401, 403);
        }
    }
}
