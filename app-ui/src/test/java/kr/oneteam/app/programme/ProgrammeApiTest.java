package kr.oneteam.app.programme;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Analysts add and describe programmes over the API; every bad field is named, nothing bad is stored, all is audited. */
@ApiTest
class ProgrammeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private static Map<String, Object> programme(String code) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", code);
        p.put("nameKo", "AI 인재 양성");
        p.put("nameEn", "AI talent");
        p.put("agency", "MSIT");
        p.put("gives", "AI 인재 양성 교육비 지원");
        p.put("capacityUnit", "KRW");
        p.put("capacity", 3_000_000_000L);
        return p;
    }

    @Test
    void an_analyst_adds_a_programme_that_every_role_then_reads_and_the_change_is_audited() {
        Api.Reply created = api.post("analyst", "/api/programmes", programme("P91"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasPath("/api/programmes/P91");
        assertThat(created.json().get("nameEn").asText()).isEqualTo("AI talent");
        assertThat(created.json().get("remaining").asLong()).isEqualTo(3_000_000_000L);
        JsonNode all = api.get("officer", "/api/programmes").json();
        assertThat(all.findValuesAsText("code")).contains("P91");
        assertThat(jdbc.queryForObject("select actor || ' ' || after_state from audit_entry where action = 'PROGRAMME P91'",
                String.class)).startsWith("analyst ").contains("\"nameKo\":\"AI 인재 양성\"");
        assertThat(api.post("admin", "/api/programmes", programme("P91")).status()).as("the same code again").isEqualTo(409);
    }

    @Test
    void every_invalid_field_is_named_in_one_problem_and_nothing_is_stored() {
        Map<String, Object> bad = programme("P1X");
        bad.put("nameEn", " ");
        bad.put("capacityUnit", "LITRES");
        bad.put("capacity", "lots");
        bad.put("budget", 1);
        bad.remove("agency");

        Api.Reply reply = api.post("analyst", "/api/programmes", bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:oneteam:problem:invalid-programme");
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("budget", "capacity");
        Map<String, Object> values = programme("P1X");
        values.put("nameEn", " ");
        values.put("capacityUnit", "LITRES");
        values.remove("agency");
        JsonNode errors = api.call(HttpMethod.POST, "analyst", "/api/programmes", values, "en").json().get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("code", "nameEn", "agency", "capacityUnit");
        assertThat(errors.toString()).contains("P and two digits").contains("Allowed: GPU, KRW, NONE");
        assertThat(jdbc.queryForObject("select count(*) from programme where code = 'P1X'", Long.class)).isZero();
    }

    @Test
    void a_programme_is_described_anew_but_keeps_its_code_and_what_officers_reserved() {
        assertThat(api.post("analyst", "/api/programmes", programme("P92")).status()).isEqualTo(201);
        jdbc.update("update programme set reserved = 1000000000 where code = 'P92'");
        Map<String, Object> changed = programme("P92");
        changed.put("nameKo", "AI 인재 양성(2차)");
        changed.put("capacity", 4_000_000_000L);

        Api.Reply updated = api.call(HttpMethod.PUT, "admin", "/api/programmes/P92", changed, null);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("nameKo").asText()).isEqualTo("AI 인재 양성(2차)");
        assertThat(updated.json().get("remaining").asLong()).isEqualTo(3_000_000_000L);
        assertThat(jdbc.queryForObject("select before_state from audit_entry where action = 'PROGRAMME P92'"
                + " and before_state is not null", String.class)).contains("\"capacity\":3000000000");

        changed.put("capacity", 500_000_000L);
        JsonNode below = api.call(HttpMethod.PUT, "admin", "/api/programmes/P92", changed, null).json();
        assertThat(below.get("errors").findValuesAsText("field")).containsExactly("capacity");
        changed.put("capacity", null);
        changed.put("capacityUnit", "GPU");
        JsonNode unit = api.call(HttpMethod.PUT, "admin", "/api/programmes/P92", changed, null).json();
        assertThat(unit.get("errors").findValuesAsText("field")).containsExactly("capacityUnit");
        changed.put("code", "P93");
        assertThat(api.call(HttpMethod.PUT, "admin", "/api/programmes/P92", changed, null).json().get("errors")
                .findValuesAsText("field")).contains("code");
        assertThat(api.call(HttpMethod.PUT, "analyst", "/api/programmes/P77", programme("P77"), null).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select name_ko from programme where code = 'P92'", String.class))
                .isEqualTo("AI 인재 양성(2차)");
    }
}
