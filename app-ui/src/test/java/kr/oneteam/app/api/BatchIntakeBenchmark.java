package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.oneteam.app.Api;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of {@code POST /api/proposals/batch}: batches of 10,000 generated valid proposals through the real HTTP
 * endpoint, on H2 (a file database, as the app's default) and on embedded PostgreSQL, printed as proposals per second,
 * with the new code's split (read and check, route, entities, rows, commit) and the ratio of its rows to a plain JDBC
 * batch insert of the same rows.
 *
 * <p>Every side runs as its own process, one fresh JVM per side and database, launched the same way (decision 152):
 * the old code ({@code -Dbenchmark.oldJar=…}, a fat jar built from an earlier commit), then the new fat jar
 * ({@code -Dbenchmark.newJar=…}, default {@code target/app-ui-0.1.0-SNAPSHOT.jar}: build it first with
 * {@code mvn -B -o -q -pl app-ui -am package -DskipTests}), both {@code java -Xmx2g -jar}; and with
 * {@code -Dbenchmark.newLayout=DIR} the new code once more as production launches it (bench/prepare-launch.sh
 * --dest DIR: its JDK, flags and archive). Each process gets a warm-up batch, then {@code -Dbenchmark.rounds}
 * timed batches; each round and the median are printed. The new code's split comes from its own log
 * (IntakeService's "Batch timings" line at DEBUG). Not part of {@code mvn verify}; README says how.
 */
@Tag("benchmark")
class BatchIntakeBenchmark {

    static final int SIZE = Integer.getInteger("benchmark.size", 10_000);
    static final String OLD_JAR = System.getProperty("benchmark.oldJar", "");
    /** The new code's fat jar; surefire runs in app-ui, so the default is this module's package output. */
    static final String NEW_JAR = System.getProperty("benchmark.newJar", "target/app-ui-0.1.0-SNAPSHOT.jar");
    /**
     * An A/B of the new code in one run: {@code -Dbenchmark.newB.jar=…} (a jar built from a variant) and/or
     * {@code -Dbenchmark.newB.flags="-Xmx2g -XX:+UseSerialGC"} add a side "new-b", run right after "new" on its own
     * fresh database (same jar and flags as "new" for what is not given).
     */
    static final String NEW_B_JAR = System.getProperty("benchmark.newB.jar", "");
    static final String NEW_B_FLAGS = System.getProperty("benchmark.newB.flags", "");
    /** A production layout made by bench/prepare-launch.sh --dest DIR; empty: not timed. */
    static final String NEW_LAYOUT = System.getProperty("benchmark.newLayout", "");
    /** Which databases to run: {@code -Dbenchmark.databases=H2} while working on one; both by default. */
    static final String DATABASES = System.getProperty("benchmark.databases", "H2,PostgreSQL");
    /** Timed batches of SIZE per process after the warm-up: round 1 is the cold figure, the median the warm one. */
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1);
    /** {@code -Dbenchmark.indexCost=true}: also print what the table's keys and each index add to the floor. */
    static final boolean INDEX_COST = Boolean.getBoolean("benchmark.indexCost");
    /** {@code -Dbenchmark.jfr=/tmp/x}: a JFR profile of the new sides' timed rounds, to /tmp/x-H2-new.jfr etc. */
    static final String JFR = System.getProperty("benchmark.jfr", "");
    /** Items of the warm-up batch, old and new alike (decision 147). */
    static final int WARMUP = Integer.getInteger("benchmark.warmup", Math.min(SIZE, 1_000));
    /** The JVM flags of the old jar and the new fat jar alike: the old code's launch until now. */
    static final List<String> FAT_JAR_FLAGS = List.of(System.getProperty("benchmark.jvmFlags", "-Xmx2g").split(" "));
    private static final String H2 = "jdbc:h2:file:%s/oneteam;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** How one side is launched: its java binary, its flags up to the jar, and whether it logs the new code's split. */
    record Side(String name, String java, List<String> jvm, boolean logsSplit) {
    }

    /** One timed round: wall seconds, the app process's CPU, the database server's CPU, JIT and GC CPU, its split. */
    record Round(double seconds, double jvmCpu, double serverCpu, double jitCpu, double gcCpu, Map<String, Long> split,
                 String load) {

        double rate() {
            return SIZE / seconds;
        }

        double cpu() {
            return jvmCpu + serverCpu;
        }

        double s(String field) {
            return split.getOrDefault(field, 0L) / 1e9;
        }
    }

    @Test
    void ten_thousand_proposals_are_taken_in_on_h2_and_postgresql_and_the_figures_printed() throws Exception {
        List<Side> sides = sides();
        List<String> lines = new ArrayList<>();
        System.out.printf("load average at the start: %s%n", load());
        if (DATABASES.contains("H2")) {
            lines.addAll(run("H2", sides, side -> {
                Path dir = Files.createTempDirectory("bench-h2-" + side.name().replaceAll("\\W+", "-"));
                return new Database(String.format(H2, dir), "sa", "", List.of(), () -> 0L);
            }));
        }
        if (DATABASES.contains("PostgreSQL")) try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            long postmaster = ProcessCpu.postmaster(postgres.getJdbcUrl("postgres", "postgres"));
            int[] n = {0};
            lines.addAll(run("PostgreSQL", sides, side -> new Database(
                    createDatabase(postgres, "bench_" + (n[0]++)), "postgres", "postgres",
                    // As the postgres profile sets it, for old and new alike.
                    List.of("--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true"),
                    () -> ProcessCpu.ofTree(postmaster))));
        }
        System.out.printf("%nBATCH INTAKE BENCHMARK (%d proposals per batch, HTTP, warm-up %d, %d timed round(s) per"
                + " process, one fresh process per side and database; load average now %s)%n", SIZE, WARMUP, ROUNDS, load());
        sides.forEach(side -> System.out.printf("  %-10s %s %s -jar …%n", side.name(), side.java(),
                String.join(" ", side.jvm().subList(0, side.jvm().indexOf("-jar")))));
        lines.forEach(System.out::println);
        System.out.println();
    }

    /** The sides in the order they run on each database: old, new fat jar, new production layout. */
    private static List<Side> sides() throws IOException {
        List<Side> sides = new ArrayList<>();
        if (!OLD_JAR.isBlank()) {
            sides.add(new Side("old", "java", jarFlags(FAT_JAR_FLAGS, OLD_JAR), false));
        }
        File newJar = new File(NEW_JAR);
        assertThat(newJar).as("the new fat jar: build it with mvn -B -o -q -pl app-ui -am package -DskipTests,"
                + " or pass -Dbenchmark.newJar=").isFile();
        System.out.printf("new fat jar %s, built %s%n", newJar.getAbsolutePath(),
                java.time.Instant.ofEpochMilli(newJar.lastModified()));
        sides.add(new Side("new", "java", jarFlags(FAT_JAR_FLAGS, NEW_JAR), true));
        if (!NEW_B_JAR.isBlank() || !NEW_B_FLAGS.isBlank()) {
            sides.add(new Side("new-b", "java", jarFlags(NEW_B_FLAGS.isBlank() ? FAT_JAR_FLAGS
                    : List.of(NEW_B_FLAGS.trim().split("\\s+")), NEW_B_JAR.isBlank() ? NEW_JAR : NEW_B_JAR), true));
        }
        if (!NEW_LAYOUT.isBlank()) {
            // Exactly as bench/startup.sh launches a layout: $(launch.java) $(launch.flags) $(launch.archive) -jar DIR/app.jar
            Path dir = Path.of(NEW_LAYOUT);
            String java = Files.readString(dir.resolve("launch.java")).trim();
            List<String> flags = new ArrayList<>();
            for (String file : List.of("launch.flags", "launch.archive")) {
                for (String flag : Files.readString(dir.resolve(file)).trim().split("\\s+")) {
                    if (!flag.isBlank()) {
                        flags.add(flag);
                    }
                }
            }
            try (var jars = Files.list(dir)) {
                String jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow().toString();
                sides.add(new Side("layout", java, jarFlags(flags, jar), true));
            }
        }
        return sides;
    }

    private static List<String> jarFlags(List<String> flags, String jar) {
        List<String> all = new ArrayList<>(flags);
        all.add("-jar");
        all.add(new File(jar).getAbsolutePath());
        return all;
    }

    /** A fresh database for one side: its URL and credentials, extra app arguments, the server's CPU so far. */
    record Database(String url, String user, String password, List<String> extra, java.util.function.LongSupplier serverCpu) {
    }

    interface DatabaseForSide {
        Database create(Side side) throws Exception;
    }

    /** Each side in turn on its own fresh database of this kind; then the floor on the new fat jar's database. */
    private List<String> run(String database, List<Side> sides, DatabaseForSide databases) throws Exception {
        Map<String, List<Round>> rounds = new java.util.LinkedHashMap<>();
        Database newDb = null;
        for (Side side : sides) {
            Database db = databases.create(side);
            rounds.put(side.name(), runSide(database, side, db));
            if (side.name().equals("new")) {
                newDb = db;
            }
        }
        List<String> lines = new ArrayList<>();
        rounds.forEach((side, list) -> {
            for (int r = 0; r < list.size(); r++) {
                lines.add(String.format("%-10s %-6s round %d: %s", database, side, r + 1, describe(list.get(r))));
            }
        });
        // The floor runs in the test JVM on the new fat jar's database after its process ended: round 1's rows
        // into bare copies of their tables, twice (the first pass warms the test JVM's JDBC and H2 code).
        double[] floor = {Double.NaN, Double.NaN};
        if (newDb != null) {
            // One connection held open: H2 closes a file database with its last connection, and a pool is not needed.
            var dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(newDb.url(), newDb.user(),
                    newDb.password(), true);
            try {
                plainJdbcInsertOfTheSameRows(dataSource, false);
                floor = plainJdbcInsertOfTheSameRows(dataSource, INDEX_COST);
            } finally {
                dataSource.destroy();
            }
        }
        List<Round> news = rounds.get("new");
        Round firstNew = news.get(0);
        lines.add(String.format("%-10s plain JDBC insert of round 1's rows %.2f s [CPU %.2f s] → new round 1 rows/JDBC ="
                        + " %.1f× [CPU %.1f×]", database, floor[0], floor[1], firstNew.s("inserting") / floor[0],
                firstNew.s("insertingCpu") / floor[1]));
        for (String side : rounds.keySet()) {
            List<Round> list = rounds.get(side);
            lines.add(String.format("%-10s %-6s round 1 %6.0f/s [CPU %.2f s], median of %d %6.0f/s [CPU %.2f s]", database,
                    side, list.get(0).rate(), list.get(0).cpu(), list.size(), median(list, Round::rate),
                    median(list, Round::cpu)));
        }
        List<Round> olds = rounds.get("old");
        if (olds != null) {
            for (String side : rounds.keySet()) {
                if (side.equals("old")) {
                    continue;
                }
                List<Round> list = rounds.get(side);
                lines.add(String.format("%-10s %s/old: round 1 %.1f× (CPU old/%s %.1f×), median %.1f× (CPU %.1f×)",
                        database, side, list.get(0).rate() / olds.get(0).rate(), side,
                        olds.get(0).cpu() / list.get(0).cpu(), median(list, Round::rate) / median(olds, Round::rate),
                        median(olds, Round::cpu) / median(list, Round::cpu)));
            }
        }
        return lines;
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
        double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /**
     * Routing and building the entities run on the routing thread while the caller inserts rows (decisions 140, 145):
     * both are their own time there; "waited" is what the caller could not overlap. CPU times say what each phase
     * costs; wall times on two shared cores include waiting for a core.
     */
    private static String describe(Round r) {
        String cpu = String.format("; CPU %.2f s (JVM %.2f [JIT %.2f, GC+VM thread %.2f] + server %.2f); load %s",
                r.cpu(), r.jvmCpu(), r.jitCpu(), r.gcCpu(), r.serverCpu(), r.load());
        if (r.split().isEmpty()) {
            return String.format("%6.0f proposals/s (%.2f s)%s", r.rate(), r.seconds(), cpu);
        }
        return String.format("%6.0f proposals/s (%.2f s: read+check %.2f s; stored-ref look-ups %.2f s; companies %.2f s; route %.2f s [CPU %.2f s]"
                        + " + entities %.2f s [CPU %.2f s] on the routing thread [caller waited %.2f s]; rows %.2f s"
                        + " [CPU %.2f s]; commit %.2f s)%s", r.rate(), r.seconds(), r.s("reading"), r.s("lookups"), r.s("companies"),
                r.s("routing"), r.s("routingCpu"), r.s("building"), r.s("buildingCpu"), r.s("waited"),
                r.s("inserting"), r.s("insertingCpu"), r.s("commit"), cpu);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).trim();
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    /** One side on its own database: start the process, warm up, time ROUNDS batches, stop it. */
    private List<Round> runSide(String database, Side side, Database db) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--oneteam.rules.dir=", "--oneteam.demo.proposals=false",
                "--oneteam.data.dir=" + Files.createTempDirectory("bench-data"),
                "--oneteam.security.bcrypt-strength=4", "--oneteam.security.demo-password=" + Api.PASSWORD));
        args.addAll(db.extra());
        if (side.logsSplit()) {
            args.add("--logging.level.kr.oneteam.app.intake.IntakeService=DEBUG");
        }
        List<Round> rounds = new ArrayList<>();
        try (AppProcess app = AppProcess.start(database + " " + side.name(), side.java(), side.jvm(), args)) {
            post(app.api, write(generate("WARMUP", WARMUP)), WARMUP);
            boolean jfr = !JFR.isBlank() && side.logsSplit();
            if (jfr) {
                app.jcmd("JFR.start", "name=bench", "settings=profile");
            }
            for (int r = 1; r <= ROUNDS; r++) {
                // Generated and written before the clock starts (old and new alike): the benchmark times the intake.
                String batch = write(generate("BENCH" + r, SIZE));
                int linesBefore = side.logsSplit() ? app.timingLineCount() : 0;
                long jvmCpu = ProcessCpu.of(app.pid());
                Map<String, Long> threads = app.threadCpu();
                long dbCpu = db.serverCpu().getAsLong();
                long started = System.nanoTime();
                post(app.api, batch, SIZE);
                double seconds = (System.nanoTime() - started) / 1e9;
                Map<String, Long> threadsAfter = app.threadCpu();
                rounds.add(new Round(seconds, (ProcessCpu.of(app.pid()) - jvmCpu) / 1e9,
                        (db.serverCpu().getAsLong() - dbCpu) / 1e9,
                        (threadsAfter.get("jit") - threads.get("jit")) / 1e9,
                        (threadsAfter.get("gc") - threads.get("gc")) / 1e9,
                        side.logsSplit() ? app.lastBatchTimings(linesBefore) : Map.of(), load()));
                System.out.printf("  %s %s round %d: %s%n", database, side.name(), r, describe(rounds.get(r - 1)));
            }
            if (jfr) {
                String file = JFR + "-" + database + "-" + side.name() + ".jfr";
                app.jcmd("JFR.stop", "name=bench", "filename=" + new File(file).getAbsolutePath());
                System.out.println("  JFR of the timed rounds: " + file);
            }
        }
        return rounds;
    }

    /**
     * The floor for storing: the rows the new path just stored (proposals with their documents, recommendations with
     * their reasons,
     * audit entries), read back and inserted again as plain JDBC batches into empty copies of their tables.
     */
    private static double[] plainJdbcInsertOfTheSameRows(DataSource dataSource, boolean indexCost) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Reasons are a column of their recommendation (decision 147), the consortium is in the proposal's document
        // (decision 061): the same rows as the product writes.
        List<String> tables = List.of("proposal", "recommendation", "audit_entry");
        long nanos = 0;
        long cpuNanos = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String table : tables) {
            String copy = table + "_bench";
            jdbc.execute("drop table if exists " + copy);
            jdbc.execute("create table " + copy + " as select * from " + table + " where 1 = 0");
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            // Round 1's rows only: the same rows as one timed batch wrote.
            String round1 = table.equals("proposal") ? " where external_ref like 'BENCH1-%'"
                    : " where proposal_id in (select id from proposal where external_ref like 'BENCH1-%')";
            List<Object[]> args = jdbc.query("select * from " + table + round1, (rs, n) -> {
                var meta = rs.getMetaData();
                if (columns.isEmpty()) {
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        columns.add(meta.getColumnName(c));
                        types.add(meta.getColumnType(c));
                    }
                }
                Object[] row = new Object[meta.getColumnCount()];
                for (int c = 1; c <= row.length; c++) {
                    row[c - 1] = rs.getObject(c);
                }
                return row;
            });
            if (args.isEmpty()) {
                continue;
            }
            String sql = "insert into " + copy + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            // Each value bound with its column's type (as ProposalBulkInsert does): a null without a type makes the
            // driver ask for parameter metadata, a round trip on PostgreSQL that is no part of inserting.
            for (int from = 0; from < args.size(); from += 500) {
                List<Object[]> slice = args.subList(from, Math.min(args.size(), from + 500));
                jdbc.batchUpdate(sql, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                        Object[] row = slice.get(i);
                        for (int c = 0; c < row.length; c++) {
                            if (row[c] == null) {
                                ps.setNull(c + 1, types.get(c));
                            } else {
                                ps.setObject(c + 1, row[c], types.get(c));
                            }
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return slice.size();
                    }
                });
            }
            long tableNanos = System.nanoTime() - started;
            long tableCpu = threads.getCurrentThreadCpuTime() - startedCpu;
            nanos += tableNanos;
            cpuNanos += tableCpu;
            System.out.printf("  plain JDBC %-22s %7d rows %6.2f s [CPU %.2f s]%n", table, args.size(),
                    tableNanos / 1e9, tableCpu / 1e9);
            if (indexCost) {
                BatchRowCost.indexCost(jdbc, table, columns, types, args);
            }
        }
        if (indexCost) {
            BatchRowCost.postgresServerSide(jdbc, tables);
        }
        return new double[] {nanos / 1e9, cpuNanos / 1e9};
    }

    private static String createDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static String write(ArrayNode batch) {
        return batch.toString();
    }

    private static JsonNode post(Api api, String batch, int size) {
        Api.Reply reply = api.post("intake", "/api/proposals/batch", batch);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        long created = 0;
        for (JsonNode result : results) {
            created += result.get("status").asText().equals("created") ? 1 : 0;
        }
        assertThat(created).isEqualTo(size);
        return results;
    }

    /** Demo proposals in turn, each with its own externalRef and a varied company and amount. */
    static ArrayNode generate(String prefix, int count) {
        JsonNode demo = Api.demoProposals();
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode item = demo.get(i % demo.size()).deepCopy();
            item.put("externalRef", prefix + "-" + i);
            ((ObjectNode) item.get("company")).put("name", "기업 " + (i % 500));
            item.put("requestedAmountKrw", 1_000_000L * (i % 300));
            batch.add(item);
        }
        return batch;
    }
}
