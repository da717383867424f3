package kr.oneteam.domain.persistence;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** V150–V152 on in-memory H2 in the app's PostgreSQL mode. */
class ProposalContentMigrationOnH2Test extends ProposalContentMigrationContract {

    private final JdbcDataSource h2 = new JdbcDataSource();

    ProposalContentMigrationOnH2Test() {
        h2.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
    }

    @Override
    protected DataSource database() {
        return h2;
    }
}
