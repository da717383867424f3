package kr.oneteam.app.impact;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.routing.RulesetRouters;
import kr.oneteam.app.routing.ServedRuleset;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.fact.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Routes the selected stored proposals with a draft and with the active version in the same run and reports
 * the difference ({@link ImpactReport}). Reads only: proposals come in keyset pages (1,000 by default: one routing evaluation's worth, CompiledRuleset.PROPOSALS_PER_EVALUATION, so
 * that cancel answers within a page), each read
 * in its own read-only transaction while the previous page is being routed (two cores: one reads, one routes),
 * and nothing is written or audited. The active version is read once at the start, so a publication during the
 * run does not mix two versions into "before".
 */
@Service
public class ImpactSimulation {

    /** ANALYST and ADMIN simulate; OFFICER does not see drafts. */
    public static final String SIMULATORS = "hasAnyRole('ANALYST','ADMIN')";

    private static final Logger log = LoggerFactory.getLogger(ImpactSimulation.class);

    /** Proposals per page: one routing evaluation's worth (CompiledRuleset.PROPOSALS_PER_EVALUATION). */
    static final int DEFAULT_PAGE = 1_000;

    private final QueueService queue;
    private final StoredProposals stored;
    private final RulesetRouters routers;
    private final ProgrammeService programmes;
    private final Clock clock;
    private final int pageSize;
    private final ExecutorService runs = Executors.newFixedThreadPool(2, daemon("impact-simulation"));
    private final ExecutorService readers = Executors.newCachedThreadPool(daemon("impact-read"));
    /** Routes the active side of a page while the simulation thread routes the draft's. */
    private final ExecutorService sides = Executors.newCachedThreadPool(daemon("impact-route"));

    ImpactSimulation(QueueService queue, StoredProposals stored, RulesetRouters routers, ProgrammeService programmes,
                     Clock clock, @Value("${oneteam.impact.page-size:1000}") int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("oneteam.impact.page-size must be at least 1: " + pageSize);
        }
        this.pageSize = pageSize;
        this.queue = queue;
        this.stored = stored;
        this.routers = routers;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Compiles the draft (no scenarios) and simulates it on the caller's thread. */
    @PreAuthorize(SIMULATORS)
    public ImpactReport simulate(Map<String, String> draftFiles, QueueFilter selection, ImpactProgress progress,
                                 BooleanSupplier cancelled) {
        return run(compile(draftFiles), selection, progress, cancelled);
    }

    /** Simulates an already compiled draft on the caller's thread. */
    @PreAuthorize(SIMULATORS)
    public ImpactReport simulate(Router draft, QueueFilter selection, ImpactProgress progress, BooleanSupplier cancelled) {
        return run(draft, selection, progress, cancelled);
    }

    /** The same, adding where the time went to {@code timings} (the benchmark prints it). */
    @PreAuthorize(SIMULATORS)
    public ImpactReport simulate(Router draft, QueueFilter selection, ImpactProgress progress, BooleanSupplier cancelled,
                                 ImpactTimings timings) {
        return run(draft, selection, progress, cancelled, timings);
    }

    /**
     * Starts a simulation on the simulation threads; the role is checked here, on the caller's thread, and the
     * caller's security context goes along. The draft is compiled there too, so a refusal completes the result.
     */
    @PreAuthorize(SIMULATORS)
    public ImpactRun start(Map<String, String> draftFiles, QueueFilter selection, ImpactProgress progress) {
        ImpactRun handle = new ImpactRun();
        runs.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                handle.completion().complete(run(compile(draftFiles), selection, progress, handle::isCancelled));
            } catch (Throwable e) { // NOPMD: whatever stops the run must reach the caller's future
                handle.completion().completeExceptionally(e);
            }
        }, SecurityContextHolder.getContext()));
        return handle;
    }

    /** The catalogue's programme codes, for choosing which proposals to simulate. */
    @PreAuthorize(SIMULATORS)
    public List<String> programmeCodes() {
        return programmes.catalogue().stream().map(kr.oneteam.app.programme.ProgrammeCapacity::code).toList();
    }

    private Router compile(Map<String, String> draftFiles) {
        Compilation compiled = routers.compileDraft(draftFiles);
        if (!compiled.passed()) {
            throw new DraftRefused(compiled.problems());
        }
        return compiled.router();
    }

    private ImpactReport run(Router draft, QueueFilter selection, ImpactProgress progress, BooleanSupplier cancelled) {
        return run(draft, selection, progress, cancelled, new ImpactTimings());
    }

    private ImpactReport run(Router draft, QueueFilter selection, ImpactProgress progress, BooleanSupplier cancelled,
                             ImpactTimings timings) {
        long started = System.nanoTime();
        QueueFilter filter = selection == null ? QueueFilter.none() : selection;
        ImpactProgress told = progress == null ? ImpactProgress.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        ServedRuleset.Served active = routers.active();
        Router before = active.router();
        ImpactTally tally = new ImpactTally(programmes.catalogue());
        long total = queue.count(filter);
        long done = 0;
        told.progress(0, total);
        CompletableFuture<Page> next = readAfter(filter, 0, timings);
        while (true) {
            if (stop.getAsBoolean()) {
                throw new SimulationCancelled(done, total);
            }
            long waiting = System.nanoTime();
            Page page = joined(next);
            timings.waitedForPages.addAndGet(ImpactTimings.since(waiting));
            if (page.proposals().isEmpty() && page.lastId() == 0) {
                break;
            }
            next = readAfter(filter, page.lastId(), timings);
            List<Proposal> facts = page.proposals().stream().map(StoredProposal::facts).toList();
            // The two sides route the same facts at once, one on a thread of its own: two cores, half the wait.
            CompletableFuture<List<RoutedProposal>> activeSide = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                List<RoutedProposal> routed = before.routeAll(facts);
                timings.routeActive.addAndGet(ImpactTimings.since(start));
                return routed;
            }, sides);
            long start = System.nanoTime();
            List<RoutedProposal> now = draft.routeAll(facts);
            timings.routeDraft.addAndGet(ImpactTimings.since(start));
            List<RoutedProposal> was = joined(activeSide);
            if (stop.getAsBoolean()) {
                throw new SimulationCancelled(done, total);
            }
            start = System.nanoTime();
            for (int i = 0; i < facts.size(); i++) {
                tally.add(page.proposals().get(i), was.get(i), now.get(i));
            }
            timings.compare.addAndGet(ImpactTimings.since(start));
            done += page.proposals().size();
            told.progress(done, Math.max(total, done));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Simulated {} proposals with draft {} against version #{} in {} ms: {}", done, draft.hash(),
                active.versionId(), took.toMillis(), timings);
        return tally.report(active.versionId(), before.hash(), draft.hash(), filter, clock.instant(), took);
    }

    /** The ids after {@code afterId} and their proposals; lastId 0 when the selection is exhausted. */
    private record Page(long lastId, List<StoredProposal> proposals) {
    }

    /** Reads the next page on a reader thread, as the caller (whose security context is taken along). */
    private CompletableFuture<Page> readAfter(QueueFilter filter, long afterId, ImpactTimings timings) {
        var read = new DelegatingSecurityContextCallable<>(() -> {
            long start = System.nanoTime();
            List<Long> ids = queue.idsAfter(filter, afterId, pageSize);
            timings.ids.addAndGet(ImpactTimings.since(start));
            return ids.isEmpty() ? new Page(0, List.of()) : new Page(ids.get(ids.size() - 1), stored.page(ids, timings));
        }, SecurityContextHolder.getContext());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return read.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, readers);
    }

    private static <T> T joined(CompletableFuture<T> page) {
        try {
            return page.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
        readers.shutdownNow();
        sides.shutdownNow();
    }
}
