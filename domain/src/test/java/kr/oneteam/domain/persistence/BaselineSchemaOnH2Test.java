package kr.oneteam.domain.persistence;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** B160 against the chain on in-memory H2 in the app's PostgreSQL mode (the embedded default). */
class BaselineSchemaOnH2Test extends BaselineSchemaContract {

    @Override
    protected DataSource newDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:baseline-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
