package kr.oneteam.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import kr.oneteam.rules.fact.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules module's front door. Routes proposals with the active ruleset version, and compiles rulesets
 * without activating them.
 *
 * <p>Two ways to run it. {@link #serving(Router)} serves exactly the ruleset it is given and changes only when
 * told to ({@link #serve(Router)}): the application does this, because the database holds the published
 * ruleset and every instance serves what it says (docs/decisions/050); it starts {@link #awaiting()}, routing
 * calls waiting, while its first ruleset compiles (docs/decisions/051). {@link #start(RulesConfig)} loads the
 * shipped ruleset, or an analysts' directory when configured and present, and watches that directory: for
 * {@code rules check}, tests and a single process without a database.
 *
 * <p>Activation is an atomic swap of one reference: a call reads the active version once and routes its
 * whole list with it, so a proposal is never routed by a mix of versions and no call fails during a swap.
 */
public final class RoutingEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RoutingEngine.class);

    private final RulesConfig config;
    private final AtomicReference<CompiledRuleset> active = new AtomicReference<>();
    private final List<Consumer<ActiveRuleset>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<RulesetProblem> lastProblems = List.of();
    /** Hash and read problems of the last refused directory content: the same content is not checked twice. */
    private volatile String lastRefused;
    private volatile RulesetWatcher watcher;
    /** Open once a ruleset is active; routing on an {@link #awaiting()} engine waits for it. */
    private final CountDownLatch firstActive = new CountDownLatch(1);
    /** Why an {@link #awaiting()} engine will never serve: what its waiting callers are told. */
    private volatile RuntimeException cannotServe;

    private RoutingEngine(RulesConfig config) {
        this.config = config;
    }

    // ---- Compiling without activating ----

    /**
     * Compiles a ruleset without activating it or running its scenarios: files, guard, compiler, rule names.
     * For a ruleset that passed the whole gate when it was published — a stored version compiled at start-up,
     * or for a preview of an earlier version. Never throws: anything thrown while compiling is a problem.
     */
    public static Compilation compile(RulesetContent content) {
        return verdictOf(content, () -> RulesetGate.compile(content.toFiles()));
    }

    /**
     * The whole gate — files, guard, compiler, rule names, scenarios — and the programmes of the catalogue
     * that the ruleset may name ({@code knownProgrammes}; null: not checked, as in {@code rules check}). What a
     * ruleset must pass to be published. Never throws.
     */
    public static Compilation admit(RulesetContent content, Set<String> knownProgrammes) {
        return verdictOf(content, () -> RulesetGate.admit(content.toFiles(), knownProgrammes));
    }

    /**
     * {@link #admit} for a seed of the shipped ruleset (decision 146): when these are, byte for byte, the files the
     * build ran the whole gate on ({@link PrecompiledRuleset#covers}), the scenarios are not run again — the result
     * then has no scenario run and no coverage; every other stage runs, the catalogue check included. Any other
     * content gets the whole gate. Never throws.
     */
    public static Compilation admitBuildGated(RulesetContent content, Set<String> knownProgrammes) {
        return verdictOf(content, () -> RulesetGate.admitBuildGated(content.toFiles(), knownProgrammes));
    }

    private static Compilation verdictOf(RulesetContent content, java.util.function.Supplier<RulesetGate.Verdict> gate) {
        String hash = content.hash();
        RulesetGate.Verdict verdict;
        try {
            verdict = gate.get();
        } catch (Throwable e) { // NOPMD: a StackOverflowError or OutOfMemoryError of one ruleset must not stop the caller
            log.error("Checking ruleset {} from {} stopped with {}", hash, content.source(), e.toString());
            return new Compilation(hash, null, List.of(stoppedWith(e)), null);
        }
        Router router = verdict.passed() ? new Router(verdict.ruleset()) : null;
        return new Compilation(hash, router, verdict.problems(), verdict.scenarios(), verdict.coverage());
    }

    /** A Throwable from checking a ruleset, as the one problem that refuses it. */
    public static RulesetProblem stoppedWith(Throwable e) {
        String why = e instanceof StackOverflowError ? ": a rule or function recurses without end"
                : e instanceof OutOfMemoryError ? ": a rule allocates more memory than the application has"
                : e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ");
        return new RulesetProblem("(ruleset)", 0, 0, "the check stopped with " + e.getClass().getSimpleName() + why);
    }

    // ---- Serving what the application says ----

    /** An engine that serves {@code router} and changes only by {@link #serve(Router)}; it reads no directory. */
    public static RoutingEngine serving(Router router) {
        RoutingEngine engine = new RoutingEngine(null);
        engine.active.set(Objects.requireNonNull(router, "router").compiled());
        engine.firstActive.countDown();
        log.info("Ruleset {} active from {} ({} rules)", router.hash(), router.ruleset().source(),
                router.ruleset().ruleCount());
        return engine;
    }

    /**
     * An engine that serves nothing yet, for an application that compiles its first ruleset in the background
     * while it starts: routing, {@link #router()} and {@link #active()} wait for the first {@link #serve(Router)}
     * (or fail with the reason given to {@link #cannotServe}); {@link #isServing()} answers at once.
     */
    public static RoutingEngine awaiting() {
        return new RoutingEngine(null);
    }

    /** Whether a ruleset is active; never waits (the readiness probe asks this). */
    public boolean isServing() {
        return active.get() != null;
    }

    /** An {@link #awaiting()} engine will get no ruleset: callers waiting for one get {@code why}. */
    public void cannotServe(RuntimeException why) {
        cannotServe = Objects.requireNonNull(why, "why");
        firstActive.countDown();
    }

    /** The active ruleset, waiting for the first one on an {@link #awaiting()} engine. */
    private CompiledRuleset current() {
        CompiledRuleset now = active.get();
        if (now != null) {
            return now;
        }
        try {
            firstActive.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first ruleset", e);
        }
        now = active.get();
        if (now == null) {
            throw new IllegalStateException("no ruleset is served: " + cannotServe.getMessage(), cannotServe);
        }
        return now;
    }

    /**
     * Makes {@code router} the active ruleset (an atomic swap) and tells the activation listeners.
     *
     * @return false when it was already the active one
     */
    public boolean serve(Router router) {
        CompiledRuleset next = Objects.requireNonNull(router, "router").compiled();
        CompiledRuleset previous = active.getAndSet(next);
        firstActive.countDown();
        if (previous == next) {
            return false;
        }
        lastProblems = List.of();
        ActiveRuleset now = next.metadata();
        log.info("Ruleset {} active from {} ({} rules)", now.hash(), now.source(), now.ruleCount());
        if (previous != null) {
            tellListeners(now);
        }
        return true;
    }

    /** The active ruleset as a router: to route a whole piece of work with one version even across a swap. */
    public Router router() {
        return new Router(current());
    }

    // ---- Routing ----

    /** Routes one proposal with the active ruleset. */
    public RoutedProposal route(Proposal proposal) {
        return routeAll(List.of(proposal)).get(0);
    }

    /** Routes the whole list with one ruleset version (stateless evaluations of up to 1,000 proposals); results in input order. */
    public List<RoutedProposal> routeAll(List<Proposal> proposals) {
        return current().route(proposals);
    }

    public ActiveRuleset active() {
        return current().metadata();
    }

    /**
     * Called after each activation, on the activating thread; not for the first ruleset (made by {@link #start},
     * {@link #serving}, or the first {@link #serve} of an {@link #awaiting} engine).
     */
    public void onActivation(Consumer<ActiveRuleset> listener) {
        listeners.add(listener);
    }

    private void tellListeners(ActiveRuleset now) {
        for (Consumer<ActiveRuleset> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                log.error("Activation listener failed for ruleset {}", now.hash(), e);
            }
        }
    }

    // ---- A directory of its own (start(RulesConfig)) ----

    /**
     * Starts with the rules directory when it exists and passes the gate, else with the shipped ruleset
     * (the directory's problems are then in {@link #lastProblems()}); the directory is watched either way
     * when the configuration says so.
     */
    public static RoutingEngine start(RulesConfig config) {
        RoutingEngine engine = new RoutingEngine(config == null ? RulesConfig.defaults() : config);
        engine.boot();
        return engine;
    }

    private void boot() {
        Path dir = config.rulesDir();
        if (dir != null && Files.isDirectory(dir)) {
            ActivationResult fromDir = activate(RulesetContent.fromDirectory(dir));
            if (!fromDir.activated()) {
                log.warn("Rules directory {} refused, serving the shipped ruleset: {}", dir, fromDir.problems());
                activateShipped();
                lastProblems = fromDir.problems();
            }
            if (config.watch()) {
                watcher = RulesetWatcher.watch(dir, config.watchDebounce(), this::reloadFromWatcher,
                        e -> lastProblems = List.of(stoppedWith(e)));
            }
        } else {
            if (dir != null) {
                log.warn("Rules directory {} does not exist; serving the shipped ruleset", dir);
            }
            activateShipped();
        }
    }

    private void activateShipped() {
        ActivationResult shipped = activate(RulesetContent.shipped());
        if (!shipped.activated()) {
            throw new IllegalStateException("the shipped ruleset does not pass its own gate: " + shipped.problems());
        }
    }

    /** The problems of the last refused attempt; empty once a later attempt succeeded or the active content is back. */
    public List<RulesetProblem> lastProblems() {
        return lastProblems;
    }

    /**
     * Re-reads the rules directory (or the shipped ruleset when none is configured) and activates it if it
     * passes. An engine made by {@link #serving} has no directory: it answers that nothing changed.
     */
    public synchronized ActivationResult reload() {
        if (config == null) {
            return new ActivationResult(false, active(), List.of());
        }
        Path dir = config.rulesDir();
        return activate(dir != null && Files.isDirectory(dir)
                ? RulesetContent.fromDirectory(dir) : RulesetContent.shipped());
    }

    private RulesetWatcher.Outcome reloadFromWatcher() {
        return reload().problems().isEmpty() ? RulesetWatcher.Outcome.SETTLED : RulesetWatcher.Outcome.REFUSED;
    }

    private synchronized ActivationResult activate(RulesetContent content) {
        CompiledRuleset current = active.get();
        String hash = content.hash();
        if (current != null && content.readProblems().isEmpty() && current.metadata().hash().equals(hash)) {
            // The active content is back (a broken save was undone): its old problems no longer hold.
            lastProblems = List.of();
            lastRefused = null;
            return new ActivationResult(false, current.metadata(), List.of());
        }
        String fingerprint = hash + content.readProblems();
        if (current != null && fingerprint.equals(lastRefused)) {
            return new ActivationResult(false, current.metadata(), lastProblems);
        }
        Compilation verdict = admit(content, null);
        if (!verdict.passed()) {
            lastProblems = verdict.problems();
            lastRefused = fingerprint;
            verdict.problems().forEach(p -> log.warn("Ruleset refused: {}", p));
            return new ActivationResult(false, current == null ? null : current.metadata(), verdict.problems());
        }
        CompiledRuleset next = verdict.router().compiled();
        active.set(next);
        firstActive.countDown();
        lastProblems = List.of();
        lastRefused = null;
        ActiveRuleset now = next.metadata();
        log.info("Ruleset {} active from {} ({} rules)", now.hash(), now.source(), now.ruleCount());
        if (current != null) {
            tellListeners(now);
        }
        return new ActivationResult(true, now, List.of());
    }

    /** Stops watching the rules directory. */
    @Override
    public void close() {
        RulesetWatcher w = watcher;
        if (w != null) {
            w.close();
        }
    }

    /**
     * For each rule of the active ruleset (by its whole name), on how many of {@code proposals} it fired; rules
     * that fired on none are listed with 0, and a proposal on which the rules failed counts for none. A
     * recording evaluation of its own: the normal routing path records nothing. (h-rules, issue 7: coverage.)
     */
    public java.util.Map<String, Integer> firingsByRule(List<Proposal> proposals) {
        return active.get().firingsByRule(proposals);
    }
}
