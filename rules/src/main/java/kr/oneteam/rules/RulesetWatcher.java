package kr.oneteam.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rules directory (and its sub-directories) and calls back once the analyst's editor has gone
 * quiet for the debounce time, so that a save that writes several events triggers one reload.
 *
 * <p>It never stops watching because of what the callback does: anything it throws — an exception, a
 * StackOverflowError or OutOfMemoryError out of a ruleset's check — is handed to {@code onFailure} (which
 * reports it as a problem) and the next save is handled as usual. A refused reload is tried once more after
 * the debounce even when no further event arrives, because the refused content may have been a file caught
 * half-written; the callback itself skips content it has already refused.
 */
public final class RulesetWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RulesetWatcher.class);

    /** What became of one reload. */
    public enum Outcome {
        /** Activated, or unchanged: nothing to try again. */
        SETTLED,
        /** Refused: tried again after the debounce, in case a file was read half-written. */
        REFUSED
    }

    /** How often a missing (or re-made) directory is looked for. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(2);

    private final WatchService service;
    private final Thread thread;

    private RulesetWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /**
     * Starts watching {@code dir} on a daemon thread {@code rules-watcher}. A directory that does not exist
     * (yet) is looked for every {@link #IDLE_CHECK}; when it appears, or is deleted and made again, that is a
     * change like a save.
     *
     * @return the watcher, or null when the file system cannot be watched (the reason is logged)
     */
    public static RulesetWatcher watch(Path dir, Duration debounce, Supplier<Outcome> onChange,
            Consumer<Throwable> onFailure) {
        Objects.requireNonNull(onChange, "onChange");
        Objects.requireNonNull(onFailure, "onFailure");
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            WatchKey root = registerAll(dir, service);
            Thread thread = new Thread(() -> new Loop(dir, service, debounce.toMillis(), onChange, onFailure, root).run(),
                    "rules-watcher");
            thread.setDaemon(true);
            thread.start();
            return new RulesetWatcher(service, thread);
        } catch (IOException e) {
            log.error("Cannot watch rules directory {}", dir, e);
            return null;
        }
    }

    /** Registers {@code dir} and every sub-directory; returns the key of {@code dir}, null when it is missing. */
    private static WatchKey registerAll(Path dir, WatchService service) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        WatchKey root = null;
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                WatchKey key = d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                if (d.equals(dir)) {
                    root = key;
                }
            }
        }
        return root;
    }

    private static final class Loop {
        private final Path dir;
        private final WatchService service;
        private final long quiet;
        private final Supplier<Outcome> onChange;
        private final Consumer<Throwable> onFailure;
        private WatchKey root;

        Loop(Path dir, WatchService service, long quiet, Supplier<Outcome> onChange, Consumer<Throwable> onFailure,
                WatchKey root) {
            this.dir = dir;
            this.service = service;
            this.quiet = quiet;
            this.onChange = onChange;
            this.onFailure = onFailure;
            this.root = root;
        }

        void run() {
            boolean retry = false;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    WatchKey key = service.poll(retry ? quiet : IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                    boolean fresh;
                    if (key != null) {
                        drain(key);
                        WatchKey more;
                        while ((more = service.poll(quiet, TimeUnit.MILLISECONDS)) != null) {
                            drain(more);
                        }
                        fresh = true;
                    } else if (retry) {
                        fresh = false;
                    } else if (Files.isDirectory(dir) && (root == null || !root.isValid())) {
                        fresh = true; // the directory appeared, or was deleted and made again
                    } else {
                        continue;
                    }
                    reRegister();
                    Outcome outcome = onChange.get();
                    // One retry per refusal of a fresh change: after it, only a new event starts another reload.
                    retry = fresh && outcome == Outcome.REFUSED;
                } catch (InterruptedException | ClosedWatchServiceException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) { // NOPMD: the watcher must outlive anything a ruleset's check throws
                    retry = false;
                    log.error("Reloading rules from {} failed with {}", dir, e.toString());
                    try {
                        onFailure.accept(e);
                    } catch (Throwable reporting) { // NOPMD
                        log.error("Reporting the failed reload of {} failed too", dir, reporting);
                    }
                }
            }
        }

        /** New sub-directories are watched too; one that vanished mid-walk is simply not there. */
        private void reRegister() {
            try {
                root = registerAll(dir, service);
            } catch (IOException | RuntimeException e) {
                log.warn("Re-registering the sub-directories of {}: {}", dir, e.toString());
            }
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
            thread.join(2_000);
        } catch (IOException e) {
            log.warn("Closing the rules watcher", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
