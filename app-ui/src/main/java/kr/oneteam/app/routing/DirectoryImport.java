package kr.oneteam.app.routing;

import jakarta.annotation.PreDestroy;
import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.RulesetWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * The rules directory ({@code oneteam.rules.dir}) as an import channel (docs/decisions/050). A change saved
 * there that passes the gate is published as a version with source DIRECTORY; a refused one is listed at
 * {@code /api/ruleset/problems} and changes nothing; a missing directory changes nothing. Nothing reverts
 * silently: at start-up the directory is imported only when its content was never published (an edit made
 * while the application was down), so a restart never brings back a version that was since replaced.
 */
@Component
class DirectoryImport {

    private static final Logger log = LoggerFactory.getLogger(DirectoryImport.class);

    private final Path dir;
    private final Duration debounce;
    private final RulesetPublication publication;
    private final RulesetVersions versions;
    private final CatalogueCodes catalogue;
    private final RulesetRefusals refusals;
    private final Clock clock;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rules-import");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RulesetWatcher watcher;
    /** The directory content (and catalogue) last refused: saved again unchanged, it is not checked again. */
    private volatile String lastRefused;

    DirectoryImport(@Value("${oneteam.rules.dir:}") String dir,
                    @Value("${oneteam.rules.debounce:PT0.3S}") Duration debounce,
                    RulesetPublication publication, RulesetVersions versions, CatalogueCodes catalogue,
                    RulesetRefusals refusals, Clock clock) {
        this.dir = dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
        this.debounce = debounce;
        this.publication = publication;
        this.versions = versions;
        this.catalogue = catalogue;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** Checks the directory once (off the start-up path), then watches it. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (dir == null) {
            return;
        }
        // Watching starts first, so that a save during the first look is not missed.
        watcher = RulesetWatcher.watch(dir, debounce, () -> scan(false), this::failed);
        starter.submit(() -> {
            try {
                scan(true);
            } catch (Throwable e) { // NOPMD: reported like the watcher's failures
                failed(e);
            }
        });
    }

    /** What one look at the directory did. */
    enum Result { NO_DIRECTORY, ACTIVE_ALREADY, PUBLISHED_BEFORE, IMPORTED, SCHEDULED, REFUSED }

    /** Looks at the directory now (also what the watcher calls after each save). */
    synchronized Result scanNow() {
        return scanResult(false);
    }

    private RulesetWatcher.Outcome scan(boolean atStartUp) {
        return scanResult(atStartUp) == Result.REFUSED ? RulesetWatcher.Outcome.REFUSED : RulesetWatcher.Outcome.SETTLED;
    }

    private synchronized Result scanResult(boolean atStartUp) {
        if (dir == null || !Files.isDirectory(dir)) {
            log.warn("Rules directory {} does not exist; the active ruleset stays as it is", dir);
            return Result.NO_DIRECTORY;
        }
        OffsetDateTime seen = OffsetDateTime.now(clock);
        RulesetContent content = RulesetContent.fromDirectory(dir);
        String hash = content.hash();
        Optional<String> active = versions.activeHash();
        if (content.readProblems().isEmpty() && active.isPresent() && active.get().equals(hash)) {
            // The directory holds the active content (again): a refusal of an earlier save no longer holds.
            refusals.clear(RulesetRefusals.DIRECTORY);
            lastRefused = null;
            return Result.ACTIVE_ALREADY;
        }
        if (atStartUp && content.readProblems().isEmpty() && versions.published(hash)) {
            log.info("Rules directory {} holds an earlier version's content ({}); a restart does not bring it back", dir,
                    hash);
            return Result.PUBLISHED_BEFORE;
        }
        String fingerprint = hash + content.readProblems() + catalogue.known();
        if (fingerprint.equals(lastRefused)) {
            return Result.REFUSED;
        }
        RulesetPublication.Publication published = publication.publish(content,
                RulesetProvenance.of(RulesetSource.DIRECTORY, RulesetVersions.SYSTEM).detail(dir.toString())
                        .note("from directory " + dir),
                RulesetVersions.When.UNLESS_ALREADY_PUBLISHED, seen);
        lastRefused = published.refused() ? fingerprint : null;
        return switch (published.outcome()) {
            case REFUSED -> Result.REFUSED;
            case ACTIVATED -> Result.IMPORTED;
            case SCHEDULED -> Result.SCHEDULED;
            case UNCHANGED -> Result.ACTIVE_ALREADY;
        };
    }

    /** Anything thrown while importing — out of the gate, or the database — is a problem of the directory. */
    void failed(Throwable e) {
        publication.refuse(RulesetRefusals.DIRECTORY, RulesetVersions.SYSTEM, null, List.of(RoutingEngine.stoppedWith(e)));
    }

    @PreDestroy
    void stop() {
        starter.shutdownNow();
        RulesetWatcher w = watcher;
        if (w != null) {
            w.close();
        }
    }
}
