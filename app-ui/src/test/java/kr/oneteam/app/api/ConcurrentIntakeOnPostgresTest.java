package kr.oneteam.app.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.util.Set;

/** The concurrency cases on a real (embedded) PostgreSQL with the postgres profile. */
class ConcurrentIntakeOnPostgresTest extends ConcurrentIntakeContract {

    static EmbeddedPostgres postgres;
    static StandaloneApp app;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        app = StandaloneApp.start("postgres", "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--oneteam.rules.dir=", "--oneteam.security.bcrypt-strength=4",
                "--oneteam.security.admin-password=s3cret-admin");
        app.bean(UserAccountRepository.class).save(new UserAccount("intake",
                app.bean(PasswordEncoder.class).encode(Api.PASSWORD), Set.of(Role.INTAKE, Role.OFFICER)));
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        postgres.close();
    }

    @Override
    Api api() {
        return app.api();
    }

    @Override
    String prefix() {
        return "PG";
    }

    @Override
    String reader() {
        return "intake";   // the postgres profile has no demo accounts; this one is INTAKE and OFFICER
    }
}
