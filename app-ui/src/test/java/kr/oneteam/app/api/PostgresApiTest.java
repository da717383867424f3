package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submit → GET on a real PostgreSQL with the postgres profile's settings (no demo accounts, admin from env). */
class PostgresApiTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private StandaloneApp start(String adminPassword) {
        return StandaloneApp.start("postgres",
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--oneteam.rules.dir=",
                "--oneteam.security.bcrypt-strength=4",
                "--oneteam.security.admin-password=" + adminPassword);
    }

    @Test
    void a_proposal_submitted_on_postgresql_is_routed_stored_and_read_back() {
        try (StandaloneApp app = start("s3cret-admin")) {
            app.bean(UserAccountRepository.class).save(new UserAccount("intake",
                    app.bean(PasswordEncoder.class).encode(Api.PASSWORD), Set.of(Role.INTAKE, Role.OFFICER)));
            Api api = app.api();

            Api.Reply created = api.post("intake", "/api/proposals", Api.demoProposal(7, "PG-1"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().get("id").asLong();
            JsonNode fetched = api.get("intake", "/api/proposals/" + id).json();
            assertThat(fetched).isEqualTo(created.json());
            assertThat(fetched.get("status").asText()).isEqualTo("AWAITING_REVIEW");
            assertThat(fetched.get("recommendations")).isNotEmpty();
            assertThat(api.post("intake", "/api/proposals", Api.demoProposal(7, "PG-1")).status()).isEqualTo(409);
            assertThat(api.get("officer", "/api/programmes").status())
                    .as("the postgres profile creates no demo accounts").isEqualTo(401);
        }
    }

    @Test
    void the_postgres_profile_refuses_to_start_without_an_admin_password() {
        assertThatThrownBy(() -> start("").close())
                .hasStackTraceContaining("ONETEAM_ADMIN_PASSWORD");
    }
}
