package kr.oneteam.app.routing;

import jakarta.annotation.PreDestroy;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.RulesetProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this instance on the database's active version (docs/decisions/050): every poll interval it reads
 * the pointer row (one primary-key read) and, when another instance moved it, compiles that version and
 * serves it, then re-routes whatever is still on an older version. It also activates scheduled versions whose
 * effective time has come, and now and then sweeps for open proposals left on an older version (an instance
 * that crashed while re-routing, a proposal stored by an instance that had not switched yet).
 */
@Component
class RulesetFollower {

    private static final Logger log = LoggerFactory.getLogger(RulesetFollower.class);

    private final RulesetVersions versions;
    private final RulesetPublication publication;
    private final ServedRuleset served;
    private final Rerouting rerouting;
    private final RulesetRefusals refusals;
    private final Duration pollInterval;
    private final Duration sweepInterval;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ruleset-follower");
        thread.setDaemon(true);
        return thread;
    });
    /** A version this instance could not compile: not tried again every second. */
    private volatile Long cannotServe;
    private volatile long lastSweep = System.nanoTime();
    private volatile boolean stopping;
    private volatile Switch lastSwitch;

    /** How the last switch to another instance's activation went: when it was seen, how long compiling took. */
    record Switch(long versionId, long seenAtNanos, long compileMillis, long servedAtNanos) {
    }

    RulesetFollower(RulesetVersions versions, RulesetPublication publication, ServedRuleset served, Rerouting rerouting,
                    RulesetRefusals refusals,
                    @Value("${oneteam.rules.poll-interval:PT1S}") Duration pollInterval,
                    @Value("${oneteam.rules.reroute-sweep:PT60S}") Duration sweepInterval) {
        this.versions = versions;
        this.publication = publication;
        this.served = served;
        this.rerouting = rerouting;
        this.refusals = refusals;
        this.pollInterval = pollInterval;
        this.sweepInterval = sweepInterval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // Whatever an earlier instance left half re-routed is taken up once at start.
        rerouting.rerouteLater(served.versionId());
        timer.scheduleWithFixedDelay(this::tickSafely, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (Throwable e) { // NOPMD: a failed poll (database away) must not end the polling
            log.warn("Following the active ruleset failed this time: {}", e.toString());
        }
    }

    /** One poll: activate what is due, follow the pointer, sweep now and then. */
    void tick() {
        publication.activateDue();
        versions.activeId().ifPresent(id -> {
            if (id != served.versionId() && !id.equals(cannotServe)) {
                follow(id);
            }
        });
        if (System.nanoTime() - lastSweep > sweepInterval.toNanos()) {
            lastSweep = System.nanoTime();
            rerouting.rerouteLater(served.versionId());
        }
    }

    Optional<Switch> lastSwitch() {
        return Optional.ofNullable(lastSwitch);
    }

    private void follow(long id) {
        long started = System.nanoTime();
        RulesetVersions.StoredContent stored = versions.contentOf(id).orElse(null);
        if (stored == null) {
            return;
        }
        Compilation compiled = stored.intact() ? RoutingEngine.compile(stored.content()) : null;
        if (compiled != null && !compiled.passed() && (stopping || Thread.currentThread().isInterrupted())) {
            return; // shutting down: the compiler was interrupted, which says nothing about the version
        }
        if (compiled == null || !compiled.passed()) {
            List<RulesetProblem> problems = compiled == null
                    ? List.of(new RulesetProblem("(ruleset)", 0, 0, "the stored files of version #" + id
                            + " do not match their hash " + stored.storedHash()))
                    : compiled.problems();
            cannotServe = id;
            log.error("Ruleset version #{} is active but this instance cannot serve it; still serving #{}: {}", id,
                    served.versionId(), problems);
            refusals.record(RulesetRefusals.instance(instance), stored.storedHash(), problems);
            return;
        }
        long compiledAt = System.nanoTime();
        long previous = served.versionId();
        if (served.serve(id, compiled.router())) {
            lastSwitch = new Switch(id, started, (compiledAt - started) / 1_000_000, System.nanoTime());
            log.info("Ruleset version #{} {} activated elsewhere; serving it instead of #{} (compiled in {} ms)", id,
                    compiled.hash(), previous, lastSwitch.compileMillis());
        }
        if (cannotServe != null) {
            cannotServe = null;
            refusals.clear(RulesetRefusals.instance(instance));
        }
        rerouting.rerouteLater(id);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        timer.shutdownNow();
    }
}
