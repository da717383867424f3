package kr.oneteam.domain.support;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Map;

/**
 * Flyway as it migrated an empty database before the baseline B160 existed (decision 151): V1, V2, … one by one.
 * With B160 an empty database takes the baseline instead, even when a test migrates only up to an older version
 * ({@code target}), so tests that build the shape of an old installation, fill it and migrate it on use this. The
 * prefix is one no file has, so the baseline is not one; migrating such a database afterwards with the plain
 * configuration is exactly an existing installation's next start.
 */
public final class ChainOfMigrations {

    private ChainOfMigrations() {
    }

    public static FluentConfiguration flyway() {
        return Flyway.configure().locations("classpath:db/migration")
                .configuration(Map.of("flyway.baselineMigrationPrefix", "NO_BASELINE_"));
    }
}
