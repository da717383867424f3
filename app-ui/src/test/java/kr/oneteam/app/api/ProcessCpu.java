package kr.oneteam.app.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * CPU time of whole processes, for {@link BatchIntakeBenchmark}'s old/new comparison under load (decision 148): a
 * process's user + system time from {@code /proc/<pid>/stat} (Linux; 0 elsewhere), JIT and GC threads included, and
 * the same for a PostgreSQL server with all its backends. Wall time on a shared machine says how long a call queued
 * for a core; this says what it cost.
 */
final class ProcessCpu {

    /** USER_HZ: the unit of /proc's times; 100 on every Linux this runs on ({@code getconf CLK_TCK}). */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** User + system CPU nanoseconds of process {@code pid} so far, 0 when /proc cannot say. */
    static long of(long pid) {
        try {
            return nanos(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    /** User + system CPU nanoseconds in the text of a process's or a thread's {@code stat} file under /proc. */
    static long nanos(String stat) {
        // Fields after the command name (which may hold spaces) in its parentheses: state is field 3, utime 14.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }

    /** The process and every process under it (a PostgreSQL postmaster and its backends). */
    static long ofTree(long pid) {
        long total = of(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(java.util.List.of())) {
            total += of(child.pid());
        }
        return total;
    }

    /** The postmaster of the PostgreSQL server at {@code jdbcUrl}: the parent of this connection's backend. */
    static long postmaster(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            long backend = rs.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
        }
    }
}
