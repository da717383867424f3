package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.oneteam.app.Api;
import kr.oneteam.app.StandaloneApp;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.routing.ProposalRouting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.File;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of {@code POST /api/proposals/batch}: 10,000 generated valid proposals through the real HTTP
 * endpoint, on in-memory H2 and on embedded PostgreSQL, printed as proposals per second with the split (read and
 * check, route, store) and the ratio of storing to a plain JDBC batch insert of the same rows in the same run.
 * With {@code -Dbenchmark.oldJar=…/app-ui-….jar} (the old code, built from an earlier commit) it first runs that
 * jar on the same databases, back to back, and prints new/old. Not part of {@code mvn verify}; README says how.
 */
@Tag("benchmark")
class BatchIntakeBenchmark {

    static final int SIZE = Integer.getInteger("benchmark.size", 10_000);
    static final String OLD_JAR = System.getProperty("benchmark.oldJar", "");
    /** Which databases to run: {@code -Dbenchmark.databases=H2} while working on one; both by default. */
    static final String DATABASES = System.getProperty("benchmark.databases", "H2,PostgreSQL");
    /**
     * Items of the warm-up batch, old and new alike: 1,000 by default (as the figures of decisions 140–147); a full
     * batch ({@code -Dbenchmark.warmup=10000}) measures both warm (decision 147: the first 10,000 route colder).
     */
    /** {@code -Dbenchmark.indexCost=true}: also print what the table's keys and each index add to the floor. */
    static final boolean INDEX_COST = Boolean.getBoolean("benchmark.indexCost");
    /** {@code -Dbenchmark.jfr=/tmp/x}: a JFR profile of the new code's timed call only, to /tmp/x-H2.jfr etc. */
    static final String JFR = System.getProperty("benchmark.jfr", "");
    static final int WARMUP = Integer.getInteger("benchmark.warmup", Math.min(SIZE, 1_000));

    @Test
    void ten_thousand_proposals_are_taken_in_on_h2_and_postgresql_and_the_figures_printed() throws Exception {
        List<String> lines = new ArrayList<>();
        String h2 = "jdbc:h2:mem:bench-%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        if (DATABASES.contains("H2")) {
            lines.add(run("H2", String.format(h2, UUID.randomUUID()), "sa", "", String.format(h2, UUID.randomUUID()), "",
                    () -> 0L));
        }
        if (DATABASES.contains("PostgreSQL")) try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            String oldDb = createDatabase(postgres, "bench_old");
            String newDb = createDatabase(postgres, "bench_new");
            // As the postgres profile sets it, for old and new alike.
            long postmaster = ProcessCpu.postmaster(postgres.getJdbcUrl("postgres", "postgres"));
            lines.add(run("PostgreSQL", oldDb, "postgres", "postgres", newDb,
                    "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                    () -> ProcessCpu.ofTree(postmaster)));
        }
        System.out.printf("%nBATCH INTAKE BENCHMARK (%d proposals per batch, HTTP, one run)%n", SIZE);
        lines.forEach(System.out::println);
        System.out.println();
    }

    /**
     * {@code serverCpu}: the database server's CPU nanoseconds so far (0 for H2, which runs inside each JVM), so that
     * old and new are also compared by what their call cost in CPU — the JVM's (JIT and GC included) and the server's —
     * which a loaded machine does not distort as it does wall time (decision 148).
     */
    private String run(String database, String oldUrl, String user, String password, String newUrl, String extra,
                       java.util.function.LongSupplier serverCpu) throws Exception {
        double oldRate = Double.NaN;
        double[] oldCpu = {Double.NaN, Double.NaN};
        if (!OLD_JAR.isBlank()) {
            oldRate = runOldJar(oldUrl, user, password, extra, serverCpu, oldCpu);
        }
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + newUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--oneteam.rules.dir=", "--oneteam.demo.proposals=false",
                "--oneteam.security.bcrypt-strength=4", "--oneteam.security.demo-password=" + Api.PASSWORD));
        if (!extra.isBlank()) {
            args.add(extra);
        }
        try (StandaloneApp app = StandaloneApp.start(null, args.toArray(String[]::new))) {
            Api api = app.api();
            post(api, generate("WARMUP", WARMUP));
            // Generated before the clock starts (old and new alike): the benchmark times the intake, not the generator.
            ArrayNode batch = generate("BENCH", SIZE);
            jdk.jfr.Recording recording = JFR.isBlank() ? null
                    : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            if (recording != null) {
                recording.start();
            }
            long ownPid = ProcessHandle.current().pid();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long jvmCpu = ProcessCpu.of(ownPid);
            long clientCpu = threads.getCurrentThreadCpuTime();
            long dbCpu = serverCpu.getAsLong();
            long gcMillis = gcMillis();
            long jitMillis = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long started = System.nanoTime();
            post(api, batch);
            double seconds = (System.nanoTime() - started) / 1e9;
            gcMillis = gcMillis() - gcMillis;
            jitMillis = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillis;
            // The test thread is the HTTP client (it writes the body and reads the answer): not the app's cost.
            double newJvmCpu = (ProcessCpu.of(ownPid) - jvmCpu - (threads.getCurrentThreadCpuTime() - clientCpu)) / 1e9;
            double newDbCpu = (serverCpu.getAsLong() - dbCpu) / 1e9;
            if (recording != null) {
                recording.stop();
                recording.dump(java.nio.file.Path.of(JFR + "-" + database + ".jfr"));
                recording.close();
            }
            IntakeService.BatchTimings split = app.bean(IntakeService.class).lastBatchTimings();
            ProposalRouting.Timings t = split.routeAndStore();
            double[] floor = plainJdbcInsertOfTheSameRows(app.bean(DataSource.class));
            double jdbcSeconds = floor[0];
            double newRate = SIZE / seconds;
            // Routing and building the entities run on the routing thread while the caller inserts rows (decisions
            // 140, 145): both are their own time there; "waited" is what the caller could not overlap.
            // CPU times say what each phase costs; wall times on two shared cores include waiting for a core.
            return String.format("%-10s new: %6.0f proposals/s (%.2f s: read+check %.2f s; companies %.2f s; route %.2f s"
                            + " [CPU %.2f s] + entities %.2f s [CPU %.2f s] on the routing thread [caller waited %.2f s];"
                            + " rows %.2f s [CPU %.2f s]; commit %.2f s); plain JDBC insert of the same rows %.2f s"
                            + " [CPU %.2f s] → rows/JDBC = %.1f× [CPU %.1f×]%s",
                    database, newRate, seconds, split.reading() / 1e9, t.companies() / 1e9, t.routing() / 1e9,
                    t.routingCpu() / 1e9, t.building() / 1e9, t.buildingCpu() / 1e9, t.waitingForRouting() / 1e9,
                    t.inserting() / 1e9, t.insertingCpu() / 1e9, t.commit() / 1e9, jdbcSeconds, floor[1],
                    t.inserting() / 1e9 / jdbcSeconds, t.insertingCpu() / 1e9 / floor[1],
                    Double.isNaN(oldRate) ? "" : String.format("; old: %.0f proposals/s → new/old = %.1f×",
                            oldRate, newRate / oldRate))
                    + String.format("%n%-10s CPU of the call: new %.2f s (JVM %.2f + server %.2f; in the JVM's time the"
                            + " collectors ran %.2f s and the JIT compiled %.2f s)", database, newJvmCpu + newDbCpu,
                            newJvmCpu, newDbCpu, gcMillis / 1e3, jitMillis / 1e3)
                    + (Double.isNaN(oldRate) ? "" : String.format(", old %.2f s (JVM %.2f + server %.2f) → old/new"
                            + " CPU = %.1f×", oldCpu[0] + oldCpu[1], oldCpu[0], oldCpu[1],
                            (oldCpu[0] + oldCpu[1]) / (newJvmCpu + newDbCpu)));
        }
    }

    /** Milliseconds the JVM's collectors have run (G1: its pauses and its concurrent cycles). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** The old code, run as its own process on the same kind of database, measured the same way. */
    private double runOldJar(String url, String user, String password, String extra,
                             java.util.function.LongSupplier serverCpu, double[] cpu) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx2g", "-jar", new File(OLD_JAR).getAbsolutePath(),
                "--server.port=" + port, "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--oneteam.rules.dir=", "--oneteam.demo.proposals=false",
                "--oneteam.security.demo-password=" + Api.PASSWORD, "--oneteam.security.bcrypt-strength=4"));
        if (!extra.isBlank()) {
            command.add(extra);
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(new File(System.getProperty("java.io.tmpdir"), "old-jar.log"))
                .start();
        try {
            Api api = new Api(port);
            long deadline = System.currentTimeMillis() + 900_000;   // a loaded machine starts it slowly
            while (true) {
                try {
                    if (api.get("intake", "/api/ruleset").status() == 200) {
                        break;
                    }
                } catch (RuntimeException notYet) {
                    // still starting
                }
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("old jar did not start; see old-jar.log in the temp dir");
                }
                Thread.sleep(500);
            }
            post(api, generate("WARMUP", WARMUP));
            ArrayNode batch = generate("BENCH", SIZE);
            long jvmCpu = ProcessCpu.of(process.pid());
            long dbCpu = serverCpu.getAsLong();
            long started = System.nanoTime();
            post(api, batch);
            double rate = SIZE / ((System.nanoTime() - started) / 1e9);
            cpu[0] = (ProcessCpu.of(process.pid()) - jvmCpu) / 1e9;
            cpu[1] = (serverCpu.getAsLong() - dbCpu) / 1e9;
            return rate;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * The floor for storing: the rows the new path just stored (proposals with their documents, recommendations with
     * their reasons,
     * audit entries), read back and inserted again as plain JDBC batches into empty copies of their tables.
     */
    private static double[] plainJdbcInsertOfTheSameRows(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Reasons are a column of their recommendation (decision 147), the consortium is in the proposal's document
        // (decision 061): the same rows as the product writes.
        List<String> tables = List.of("proposal", "recommendation", "audit_entry");
        long nanos = 0;
        long cpuNanos = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String table : tables) {
            String copy = table + "_bench";
            jdbc.execute("create table " + copy + " as select * from " + table + " where 1 = 0");
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            List<Object[]> args = jdbc.query("select * from " + table, (rs, n) -> {
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
            if (INDEX_COST) {
                BatchRowCost.indexCost(jdbc, table, columns, types, args);
            }
        }
        if (INDEX_COST) {
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

    private static JsonNode post(Api api, ArrayNode batch) {
        Api.Reply reply = api.post("intake", "/api/proposals/batch", batch);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        long created = 0;
        for (JsonNode result : results) {
            created += result.get("status").asText().equals("created") ? 1 : 0;
        }
        assertThat(created).isEqualTo(batch.size());
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
