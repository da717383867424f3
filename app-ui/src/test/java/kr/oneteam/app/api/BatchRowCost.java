package kr.oneteam.app.api;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BatchIntakeBenchmark}'s probes of where the rows' time goes beyond the bare plain-JDBC floor, with
 * {@code -Dbenchmark.indexCost=true} (decision 148): the same rows into copies with the table's keys and indexes (H2
 * and PostgreSQL, the test thread's CPU time), and on PostgreSQL the server's own time for them under
 * {@code EXPLAIN (ANALYZE, BUFFERS)}, foreign-key triggers included. Diagnostics: nothing is asserted.
 */
final class BatchRowCost {

    /** The rows the product stored, not the copies the probe adds (ids offset by 10⁹, rolled back at the end). */
    private static final String STORED = " where id < 1000000000";

    private BatchRowCost() {
    }

    /**
     * PostgreSQL only: the stored rows inserted once more into their own tables (new ids and refs), under
     * {@code EXPLAIN (ANALYZE, BUFFERS)} and rolled back — the server's time for the product's rows with every index,
     * key and foreign-key trigger, which the bare floor does not have (decision 148).
     */
    /**
     * The queue's sorted pages (QueueService: the sort column, then id descending, 50 rows): which index each
     * database picks for them, so that an index kept "for a screen" is one the screen's query really uses.
     */
    private static void sortPlans(JdbcTemplate jdbc) {
        try {
            jdbc.execute("analyze proposal");   // PostgreSQL: fresh statistics, as autovacuum would give a real table
        } catch (org.springframework.dao.DataAccessException h2) {
            jdbc.execute("analyze table proposal");
        }
        for (String column : List.of("company_name", "top_score", "next_follow_up_due", "received_at")) {
            String plan = String.join(" ", jdbc.queryForList("explain select id from proposal order by " + column
                    + " desc, id desc limit 50", String.class)).replaceAll("\\s+", " ");
            System.out.printf("    queue page sorted by %s: %s%n", column, plan);
        }
    }

    static void postgresServerSide(JdbcTemplate jdbc, List<String> tables) {
        String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c ->
                c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return;
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    List<String> columns = new ArrayList<>();
                    try (var rs = c.getMetaData().getColumns(null, null, table, null)) {
                        while (rs.next()) {
                            columns.add(rs.getString("COLUMN_NAME"));
                        }
                    }
                    String values = String.join(", ", columns.stream().map(col -> switch (col) {
                        case "id" -> "id + 1000000000";
                        case "external_ref" -> "external_ref || '#'";
                        default -> col;
                    }).toList());
                    System.out.printf("  PostgreSQL server, %s once more with its indexes and keys:%n", table);
                    explain(s, "insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                            + " from " + table + STORED);
                    if (columns.contains("content")) {
                        System.out.printf("  PostgreSQL server, %s once more, the document '{}':%n", table);
                        explain(s, "insert into " + table + " (" + String.join(", ", columns) + ") select "
                                + values.replace("content", "'{}'").replace("1000000000", "2000000000").replace("'#'", "'##'")
                                + " from " + table + STORED);
                    }
                    System.out.printf("  PostgreSQL server, %s into a copy with its primary key only:%n", table);
                    s.execute("create table " + table + "_pk as select * from " + table + " where 1 = 0");
                    s.execute("alter table " + table + "_pk add primary key (id)");
                    explain(s, "insert into " + table + "_pk select * from " + table + STORED);
                    System.out.printf("  PostgreSQL server, %s into a bare copy:%n", table);
                    s.execute("create table " + table + "_bare as select * from " + table + " where 1 = 0");
                    explain(s, "insert into " + table + "_bare select * from " + table + STORED);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    /**
     * With {@code -Dbenchmark.indexCost=true}: the same rows again into copies that carry the table's primary key
     * and, in turn, each of its other indexes, then all of them, and (proposal) all of them without the document —
     * where the product's row time goes beyond the bare floor (decision 148). Thread CPU time, comparable under load.
     */
    static void indexCost(JdbcTemplate jdbc, String table, List<String> columns, List<Integer> types,
                                  List<Object[]> args) {
        if (table.equals("proposal")) {
            sortPlans(jdbc);
        }
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        String primaryKey = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> {
            var meta = c.getMetaData();
            java.util.Map<String, java.util.TreeMap<Short, String>> byName = new java.util.LinkedHashMap<>();
            java.util.Set<String> unique = new java.util.HashSet<>();
            try (var rs = meta.getIndexInfo(null, null, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name == null || rs.getString("COLUMN_NAME") == null) {
                        continue;
                    }
                    byName.computeIfAbsent(name, n -> new java.util.TreeMap<>())
                            .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                    if (!rs.getBoolean("NON_UNIQUE")) {
                        unique.add(name);
                    }
                }
            }
            try (var rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    foreignKeys.add(rs.getString("FKCOLUMN_NAME") + ":" + rs.getString("PKTABLE_NAME") + "("
                            + rs.getString("PKCOLUMN_NAME") + ")");
                }
            }
            List<String> key = new ArrayList<>();
            try (var rs = meta.getPrimaryKeys(null, null, table)) {
                while (rs.next()) {
                    key.add(rs.getString("COLUMN_NAME"));
                }
            }
            byName.forEach((name, cols) -> {
                if (!List.copyOf(cols.values()).equals(key)) {
                    indexes.add((unique.contains(name) ? "unique:" : "") + name + ":" + String.join(", ", cols.values()));
                }
            });
            return String.join(", ", key);
        });
        try {
            System.out.println("    " + table + " indexes (information_schema): " + jdbc.queryForList(
                    "select index_name || ' ' || index_type_name from information_schema.indexes where table_name = ?",
                    String.class, table));
        } catch (org.springframework.dao.DataAccessException notH2) {
            // PostgreSQL has no information_schema.indexes; pg_indexes says the same
            System.out.println("    " + table + " indexes (pg_indexes): " + jdbc.queryForList(
                    "select indexname from pg_indexes where tablename = ?", String.class, table));
        }
        List<List<String>> variants = new ArrayList<>();
        variants.add(List.of());
        indexes.forEach(i -> variants.add(List.of(i)));
        variants.add(indexes);
        for (List<String> variant : variants) {
            long cpu = timedCopy(jdbc, table, columns, types, args, primaryKey, variant, List.of(), false);
            System.out.printf("    %-14s + pk %-60s CPU %6.3f s%n", table,
                    variant.isEmpty() ? "" : variant.size() == indexes.size() && indexes.size() > 1 ? "+ all "
                            + indexes.size() + " indexes" : "+ " + variant.get(0), cpu / 1e9);
        }
        if (!foreignKeys.isEmpty()) {
            long cpu = timedCopy(jdbc, table, columns, types, args, primaryKey, indexes, foreignKeys, false);
            System.out.printf("    %-14s + pk + all indexes + foreign keys %s  CPU %6.3f s%n", table, foreignKeys,
                    cpu / 1e9);
        }
        if (columns.contains("content")) {
            long cpu = timedCopy(jdbc, table, columns, types, args, primaryKey, indexes, foreignKeys, true);
            System.out.printf("    %-14s + pk + all indexes + foreign keys, document '{}'%16s CPU %6.3f s%n", table, "", cpu / 1e9);
        }
    }

    private static long timedCopy(JdbcTemplate jdbc, String table, List<String> columns, List<Integer> types,
                                  List<Object[]> args, String primaryKey, List<String> indexes,
                                  List<String> foreignKeys, boolean noDocument) {
        String copy = table + "_ix";
        jdbc.execute("drop table if exists " + copy);
        jdbc.execute("create table " + copy + " as select * from " + table + " where 1 = 0");
        for (String key : primaryKey.split(", ")) {
            jdbc.execute("alter table " + copy + " alter column " + key + " set not null");
        }
        jdbc.execute("alter table " + copy + " add primary key (" + primaryKey + ")");
        int n = 0;
        for (String index : indexes) {
            boolean unique = index.startsWith("unique:");
            String[] parts = (unique ? index.substring(7) : index).split(":", 2);
            jdbc.execute("create " + (unique ? "unique " : "") + "index " + copy + "_" + (n++) + " on " + copy
                    + " (" + parts[1] + ")");
        }
        for (String fk : foreignKeys) {
            String[] parts = fk.split(":", 2);
            jdbc.execute("alter table " + copy + " add foreign key (" + parts[0] + ") references " + parts[1]);
        }
        int content = columns.indexOf("content");
        String sql = "insert into " + copy + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(tx -> {
            for (int from = 0; from < args.size(); from += 500) {
                List<Object[]> slice = args.subList(from, Math.min(args.size(), from + 500));
                jdbc.batchUpdate(sql, slice, slice.size(), (ps, row) -> {
                    for (int c = 0; c < row.length; c++) {
                        Object value = noDocument && c == content ? "{}" : row[c];
                        if (value == null) {
                            ps.setNull(c + 1, types.get(c));
                        } else {
                            ps.setObject(c + 1, value, types.get(c));
                        }
                    }
                });
            }
        });
        long cpu = threads.getCurrentThreadCpuTime() - started;
        jdbc.execute("drop table " + copy);
        return cpu;
    }

    private static void explain(Statement s, String sql) throws java.sql.SQLException {
        try (var rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (line.contains("Trigger") || line.contains("Execution Time") || line.contains("Insert on")) {
                    System.out.println("    " + line);
                }
            }
        }
    }

}
