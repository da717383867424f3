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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules directory (and its sub-directories) and calls back once the analyst's editor has
 * gone quiet for the debounce time, so that a save that writes several events triggers one reload.
 */
final class RulesetWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RulesetWatcher.class);

    private final WatchService service;
    private final Thread thread;

    private RulesetWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    static RulesetWatcher watch(Path dir, Duration debounce, Runnable onChange) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            registerAll(dir, service);
            Thread thread = new Thread(() -> loop(dir, service, debounce, onChange), "rules-watcher");
            thread.setDaemon(true);
            thread.start();
            return new RulesetWatcher(service, thread);
        } catch (IOException e) {
            log.error("Cannot watch rules directory {}; reload it with RoutingEngine.reload()", dir, e);
            return null;
        }
    }

    private static void registerAll(Path dir, WatchService service) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static void loop(Path dir, WatchService service, Duration debounce, Runnable onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                drain(key);
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerAll(dir, service);
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    log.error("Reloading rules from {} failed", dir, e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Stopped watching rules directory {}", dir, e);
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
