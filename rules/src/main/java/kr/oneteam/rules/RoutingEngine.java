package kr.oneteam.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import kr.oneteam.rules.fact.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules module's front door. Routes proposals with the active ruleset version; loads the shipped
 * ruleset, or the analysts' directory when configured and present, and watches that directory.
 *
 * <p>Activation is an atomic swap of one reference: a call reads the active version once and routes its
 * whole list with it, so a proposal is never routed by a mix of versions and no call fails during a swap.
 * A new version becomes active only when it passes the gate (files, guard, compiler, scenarios);
 * otherwise the current one keeps serving and the problems are kept for {@link #lastProblems()}.
 */
public final class RoutingEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RoutingEngine.class);

    private final RulesConfig config;
    private final AtomicReference<CompiledRuleset> active = new AtomicReference<>();
    private final List<Consumer<ActiveRuleset>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<RulesetProblem> lastProblems = List.of();
    private volatile RulesetWatcher watcher;

    private RoutingEngine(RulesConfig config) {
        this.config = config;
    }

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
            ActivationResult fromDir = activate(RulesetFiles.fromDirectory(dir));
            if (!fromDir.activated()) {
                log.warn("Rules directory {} refused, serving the shipped ruleset: {}", dir, fromDir.problems());
                activateShipped();
                lastProblems = fromDir.problems();
            }
            if (config.watch()) {
                watcher = RulesetWatcher.watch(dir, config.watchDebounce(), this::reload);
            }
        } else {
            if (dir != null) {
                log.warn("Rules directory {} does not exist; serving the shipped ruleset", dir);
            }
            activateShipped();
        }
    }

    private void activateShipped() {
        ActivationResult shipped = activate(RulesetFiles.fromClasspath());
        if (!shipped.activated()) {
            throw new IllegalStateException("the shipped ruleset does not pass its own gate: " + shipped.problems());
        }
    }

    /** Routes one proposal with the active ruleset. */
    public RoutedProposal route(Proposal proposal) {
        return routeAll(List.of(proposal)).get(0);
    }

    /** Routes the whole list with one ruleset version (stateless evaluations of up to 1,000 proposals); results in input order. */
    public List<RoutedProposal> routeAll(List<Proposal> proposals) {
        return active.get().route(proposals);
    }

    public ActiveRuleset active() {
        return active.get().metadata();
    }

    /** Called after each activation (not for the first one made by {@link #start}), on the reloading thread. */
    public void onActivation(Consumer<ActiveRuleset> listener) {
        listeners.add(listener);
    }

    /** The problems of the last refused attempt; empty once a later attempt succeeded. */
    public List<RulesetProblem> lastProblems() {
        return lastProblems;
    }

    /** Re-reads the rules directory (or the shipped ruleset when none is configured) and activates it if it passes. */
    public synchronized ActivationResult reload() {
        Path dir = config.rulesDir();
        RulesetFiles files = dir != null && Files.isDirectory(dir)
                ? RulesetFiles.fromDirectory(dir) : RulesetFiles.fromClasspath();
        return activate(files);
    }

    private synchronized ActivationResult activate(RulesetFiles files) {
        CompiledRuleset current = active.get();
        if (current != null && files.problems().isEmpty() && current.metadata().hash().equals(files.hash())) {
            return new ActivationResult(false, current.metadata(), List.of());
        }
        RulesetGate.Verdict verdict = RulesetGate.admit(files);
        if (!verdict.passed()) {
            lastProblems = verdict.problems();
            verdict.problems().forEach(p -> log.warn("Ruleset refused: {}", p));
            return new ActivationResult(false, current == null ? null : current.metadata(), verdict.problems());
        }
        active.set(verdict.ruleset());
        lastProblems = List.of();
        ActiveRuleset now = verdict.ruleset().metadata();
        log.info("Ruleset {} active from {} ({} rules)", now.hash(), now.source(), now.ruleCount());
        if (current != null) {
            for (Consumer<ActiveRuleset> listener : listeners) {
                try {
                    listener.accept(now);
                } catch (RuntimeException e) {
                    log.error("Activation listener failed for ruleset {}", now.hash(), e);
                }
            }
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
}
