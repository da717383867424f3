package kr.oneteam.app.api;

import kr.oneteam.app.Api;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One application launched as its own process for {@link BatchIntakeBenchmark}: old jar, new fat jar and the new
 * production layout are all started this way (a fresh JVM each, so that none profits from another's JIT work), with
 * their output in a log file the benchmark reads the new code's split from (IntakeService's "Batch timings" line).
 */
final class AppProcess implements AutoCloseable {

    final String name;
    final String java;
    final Process process;
    final Path log;
    final Api api;

    private AppProcess(String name, String java, Process process, Path log, Api api) {
        this.name = name;
        this.java = java;
        this.process = process;
        this.log = log;
        this.api = api;
    }

    /**
     * Starts {@code java} with {@code jvmFlags} (up to and including {@code -jar x.jar} or {@code -cp … Main}) and
     * {@code args}, on a free port, and waits until it answers signed in.
     */
    static AppProcess start(String name, String java, List<String> jvmFlags, List<String> args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags);
        command.add("--server.port=" + port);
        command.addAll(args);
        Path log = Files.createTempFile("bench-" + name.replaceAll("\\W+", "-") + "-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.printf("  %s: %s (log %s)%n", name, String.join(" ", command), log);
        AppProcess app = new AppProcess(name, java, process, log, new Api(port));
        app.awaitAnswering();
        return app;
    }

    /**
     * A jar with a readiness probe is asked anonymously until it is ready: a signed-in poll before the demo accounts
     * exist counts as failed sign-ins, and the sign-in throttle (decision 072) would then brake the measured calls
     * (as bench/startup.sh). A jar without the probe (the old one: 401/404) is polled signed in.
     */
    private void awaitAnswering() throws Exception {
        long deadline = System.currentTimeMillis() + 900_000;   // a loaded machine starts it slowly
        while (true) {
            try {
                int ready = api.get(null, "/actuator/health/readiness").status();
                if (ready != 503 && api.get("intake", "/api/ruleset").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                throw new IllegalStateException(name + " did not start; see " + log);
            }
            Thread.sleep(300);
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * CPU nanoseconds of the process's live threads by kind: {@code jit} (C1/C2 compiler threads), {@code gc} (the
     * collector's threads and the VM thread, where the serial collector runs). Threads that already ended (the JIT's
     * dynamic compiler threads may) are missing: a lower bound.
     */
    Map<String, Long> threadCpu() {
        Map<String, Long> cpu = new HashMap<>(Map.of("jit", 0L, "gc", 0L));
        File[] tasks = new File("/proc/" + pid() + "/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"), StandardCharsets.UTF_8);
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                long nanos = ProcessCpu.nanos(stat);
                String kind = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "jit"
                        : comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread") ? "gc" : null;
                if (kind != null) {
                    cpu.merge(kind, nanos, Long::sum);
                }
            } catch (IOException | RuntimeException ended) {
                // the thread ended while we listed them
            }
        }
        return cpu;
    }

    /** The fields of the last "Batch timings:" line the app logged (IntakeService at DEBUG), waiting briefly for it. */
    Map<String, Long> lastBatchTimings(int linesBefore) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        while (true) {
            List<String> lines = timingLines();
            if (lines.size() > linesBefore) {
                Map<String, Long> fields = new HashMap<>();
                String line = lines.get(lines.size() - 1);
                for (String pair : line.substring(line.indexOf("Batch timings:") + 14).trim().split(" ")) {
                    String[] kv = pair.split("=", 2);
                    fields.put(kv[0], Long.parseLong(kv[1]));
                }
                return fields;
            }
            if (System.currentTimeMillis() > deadline) {
                return Map.of();   // the old jar logs no split
            }
            Thread.sleep(50);
        }
    }

    int timingLineCount() throws IOException {
        return timingLines().size();
    }

    private List<String> timingLines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("Batch timings:")).toList();
    }

    /** {@code jcmd <pid> JFR.…}: a profile of the timed rounds only, not of the start or the warm-up. */
    void jcmd(String... command) throws Exception {
        // the process's own JDK's jcmd (a JDK 17 jcmd cannot attach to the layout's Temurin 25)
        Path sibling = Path.of(java).resolveSibling("jcmd");
        String jcmdBinary = Files.isExecutable(sibling) ? sibling.toString() : "jcmd";
        List<String> line = new ArrayList<>(List.of(jcmdBinary, Long.toString(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + out);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
