package kr.oneteam.domain.persistence;

import kr.oneteam.domain.support.ChainOfMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B160 (decision 151): a new database gets the baseline script instead of V1 … V160, and must end up with exactly the
 * schema the chain leaves, which is what every database created before keeps. Two empty databases: one migrated as a
 * new installation now is (Flyway takes the baseline), one through the chain as Flyway did before the baseline
 * existed; that one, migrated again as now, must apply nothing (an existing installation ignores a baseline). Then,
 * table by table: the columns
 * in order with type, size, scale, nullability and default; primary keys; foreign keys with their rules; indexes with
 * their uniqueness and columns; named checks; sequences; and the rows the migrations insert. Names the database makes
 * up (H2's PRIMARY_KEY_…, CONSTRAINT_…) are compared by what they cover, not by name. Subclasses give the database.
 */
abstract class BaselineSchemaContract {

    /** The names the schema gives on purpose (the SQL names them); any other index or key name is the database's. */
    private static final Pattern GIVEN_NAME = Pattern.compile("[a-z0-9_]+_(ix|ux|uk|pkey)");
    private static final List<String> SEEDED_TABLES = List.of("programme", "sandbox_track_deadline", "intake_event",
            "ruleset_pointer");

    /** Two empty databases of the same kind. */
    protected abstract DataSource newDatabase() throws Exception;

    @Test
    void a_new_database_gets_the_baseline_and_the_same_schema_and_rows_as_the_chain_of_migrations() throws Exception {
        DataSource baseline = newDatabase();
        DataSource chain = newDatabase();
        Flyway.configure().dataSource(baseline).locations("classpath:db/migration").load().migrate();
        ChainOfMigrations.flyway().dataSource(chain).load().migrate();
        // a database the chain made (every installation before B160) ignores the baseline: nothing more to apply
        Flyway existing = Flyway.configure().dataSource(chain).locations("classpath:db/migration").load();
        assertThat(existing.migrate().migrationsExecuted).as("an existing database applies no baseline").isZero();
        assertThat(existing.validateWithResult().validationSuccessful).as("and still validates").isTrue();

        assertThat(applied(baseline)).as("the new database took the baseline, not the chain").containsExactly("160 B");
        assertThat(applied(chain)).as("the existing database took every migration").hasSizeGreaterThan(20)
                .doesNotContain("160 B").contains("1 V", "152 V", "160 V");

        Map<String, List<String>> expected = describe(chain);
        Map<String, List<String>> actual = describe(baseline);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String part : expected.keySet()) {
            assertThat(actual.get(part)).as(part).containsExactlyElementsOf(expected.get(part));
        }
        assertThat(expected.get("tables")).as("the comparison saw the schema").hasSizeGreaterThan(15)
                .contains("proposal", "recommendation", "user_account");
    }

    @Test
    void a_database_made_from_the_baseline_takes_later_migrations_like_any_other() throws Exception {
        DataSource baseline = newDatabase();
        Flyway flyway = Flyway.configure().dataSource(baseline).locations("classpath:db/migration").load();
        flyway.migrate();
        assertThat(flyway.validateWithResult().validationSuccessful).as("validates after the baseline").isTrue();
        assertThat(flyway.migrate().migrationsExecuted).as("a second start applies nothing").isZero();
    }

    /** "version type" of each successful row of Flyway's history, in order (type B: a baseline, V: versioned). */
    static List<String> applied(DataSource db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version, type from flyway_schema_history where success and version"
                     + " is not null order by installed_rank")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + (r.getString(2).contains("BASELINE") ? "B" : "V"));
            }
        }
        return rows;
    }

    private static Map<String, List<String>> describe(DataSource db) throws SQLException {
        Map<String, List<String>> parts = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    String name = r.getString("TABLE_NAME");
                    if (!name.equals("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            tables.sort(null);
            parts.put("tables", tables);
            for (String table : tables) {
                parts.put(table + " columns", columns(meta, table));
                parts.put(table + " primary key", rows(meta.getPrimaryKeys(null, "public", table), "COLUMN_NAME", "KEY_SEQ"));
                parts.put(table + " foreign keys", sorted(rows(meta.getImportedKeys(null, "public", table), "FKCOLUMN_NAME",
                        "PKTABLE_NAME", "PKCOLUMN_NAME", "KEY_SEQ", "UPDATE_RULE", "DELETE_RULE")));
                parts.put(table + " indexes", indexes(meta, table));
            }
            parts.put("checks", sorted(query(c, "select constraint_name, check_clause from information_schema.check_constraints"
                    + " where constraint_schema = 'public' and constraint_name not like '%not_null'")));
            parts.put("sequences", sorted(query(c, "select sequence_name, start_value, increment from"
                    + " information_schema.sequences where sequence_schema = 'public'")));
            for (String table : SEEDED_TABLES) {
                parts.put(table + " rows", sorted(query(c, "select * from " + table)));
            }
        }
        return parts;
    }

    /** Each column in the table's order: name, type, size, scale, nullable, default. */
    private static List<String> columns(DatabaseMetaData meta, String table) throws SQLException {
        Map<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet r = meta.getColumns(null, "public", table, "%")) {
            while (r.next()) {
                byPosition.put(r.getInt("ORDINAL_POSITION"), String.join(" ", r.getString("COLUMN_NAME"),
                        r.getString("TYPE_NAME"), r.getString("COLUMN_SIZE"), String.valueOf(r.getString("DECIMAL_DIGITS")),
                        r.getString("IS_NULLABLE"), String.valueOf(r.getString("COLUMN_DEF"))));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** Each index: its name if the schema gave it, uniqueness, and its columns in order. */
    private static List<String> indexes(DatabaseMetaData meta, String table) throws SQLException {
        Map<String, Map<Integer, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet r = meta.getIndexInfo(null, "public", table, false, false)) {
            while (r.next()) {
                String name = r.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put(r.getInt("ORDINAL_POSITION"), r.getString("COLUMN_NAME"));
                unique.put(name, !r.getBoolean("NON_UNIQUE"));
            }
        }
        List<String> described = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, String>> index : columns.entrySet()) {
            String name = GIVEN_NAME.matcher(index.getKey()).matches() ? index.getKey() : "(named by the database)";
            described.add(name + (unique.get(index.getKey()) ? " unique " : " ") + index.getValue().values());
        }
        return sorted(described);
    }

    private static List<String> rows(ResultSet r, String... labels) throws SQLException {
        try (r) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (String label : labels) {
                    values.add(String.valueOf(r.getString(label)));
                }
                rows.add(String.join(" ", values));
            }
            return rows;
        }
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    values.add(m.getColumnLabel(i).toLowerCase() + "=" + r.getString(i));
                }
                rows.add(String.join(", ", values));
            }
            return rows;
        }
    }

    private static List<String> sorted(List<String> rows) {
        rows.sort(null);
        return rows;
    }
}
