package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.guard.CollectedOutcomes;
import kr.oneteam.rules.outcome.Outcome;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * One compiled ruleset version. Routing a list evaluates it in slices of {@link #PROPOSALS_PER_EVALUATION},
 * each in a clean session taken from a small pool (a session is reset after use instead of built anew:
 * decision record 040), with outcomes joined to their proposal by id. A single proposal is evaluated in a pooled
 * session that keeps the table facts (decision record 041) and, when the rules keep proposals apart, leaves what the
 * call inserted in the session until a reset every few dozen calls (decision record 046); otherwise it deletes exactly
 * that after the call. Every evaluation runs under
 * {@link EvaluationLimits} (firings and time, checked between firings by an {@link EvaluationWatch}); a rule
 * that re-fires without end, runs past the deadline, or throws fails the proposals it happens on (see
 * {@link #evaluate}) and never the others, nor the caller.
 */
final class CompiledRuleset {

    /**
     * Proposals per evaluation. Throughput per proposal falls as one working memory grows (the routing
     * benchmark measured ~85k/s in evaluations of 1,000 against ~40k/s in one of 10,000: bigger agenda and join
     * memories, worse locality), so long lists are evaluated in slices of this size. Every slice uses this same
     * compiled ruleset, so a list is still routed wholly by one version.
     */
    static final int PROPOSALS_PER_EVALUATION = 1_000;

    /** Sessions kept for reuse; more threads than this at once make new sessions and drop the extra ones. */
    private static final int POOLED_SESSIONS = 8;

    private final KieBase kieBase;
    private final ActiveRuleset metadata;
    private final EvaluationLimits limits;
    /** Sessions that are reset after each evaluation (scenarios and impact counts, which record firings). */
    private final ConcurrentLinkedQueue<Pooled> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    /** Sessions that keep their table facts between evaluations of one proposal each: see {@link #takeWithTables()}. */
    private final ConcurrentLinkedQueue<Pooled> idleWithTables = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleWithTablesCount = new AtomicInteger();
    /** Whether routing may keep table facts; false when asked (benchmark) or when the table rules record outcomes. */
    private volatile boolean tablesKept;
    /**
     * Facts a session that keeps its tables may hold from earlier calls before it is reset (decision record 046): the
     * shipped policy leaves about 6 per proposal, so about 50 calls share one reset. More held facts cost more than
     * the deletes they save: the node memories' hash indexes grow and resize (`DrlProbe ab`: 2,000 ≈ 1.0×, 300–1,000
     * ≈ 1.14×, 4,000 ≈ 1.04× against deleting per call; decision record 046).
     */
    static final int HELD_FACTS = 300;
    /** {@link #HELD_FACTS}, or what the probe asks for ({@link #withHeldFacts}). */
    private volatile int heldFactsLimit = HELD_FACTS;
    /** Whether single calls may leave their facts in the session (false when asked: benchmark, tests). */
    private final boolean factsHeld;
    /** Whether this ruleset keeps proposals apart ({@link ProposalIsolation}); null until a session fired its tables. */
    private volatile Boolean isolated;
    /**
     * The table facts' classes that carry a proposal id or may have subclasses, known when the first session that keeps
     * its tables fired them: a call that inserts an instance of one may not hold its facts ({@link ProposalIsolation}).
     */
    private volatile Class<?>[] tableClassesLooked = new Class<?>[0];
    /**
     * Whether the rules hand outcomes no rule reads to the {@link CollectedOutcomes#GLOBAL} global instead of inserting
     * them (the guard's rewrite, decision record 043); every session then gets its listener as that global.
     */
    private final boolean collects;
    /** Options of the sessions this ruleset makes: {@link EngineOptions}' (the probe sets others: decision record 045). */
    private volatile org.kie.api.runtime.KieSessionConfiguration sessionOptions = EngineOptions.session(EngineOptions.properties());

    CompiledRuleset(KieBase kieBase, ActiveRuleset metadata) {
        this(kieBase, metadata, EvaluationLimits.DEFAULT);
    }

    CompiledRuleset(KieBase kieBase, ActiveRuleset metadata, EvaluationLimits limits) {
        this(kieBase, metadata, limits, true, true);
    }

    private CompiledRuleset(KieBase kieBase, ActiveRuleset metadata, EvaluationLimits limits, boolean tablesKept,
            boolean factsHeld) {
        this.kieBase = kieBase;
        this.metadata = metadata;
        this.limits = limits;
        this.tablesKept = tablesKept;
        this.factsHeld = factsHeld;
        this.collects = declaresCollector(kieBase);
    }

    private static boolean declaresCollector(KieBase kieBase) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Global global : pkg.getGlobalVariables()) {
                if (global.getName().equals(CollectedOutcomes.GLOBAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A new pooled session with its listener: the one that counts inserts and keeps outcomes (and collects them). */
    private KieSession newSession(EvaluationWatch.SessionListener listener) {
        KieSession session = kieBase.newKieSession(sessionOptions, null);
        session.addEventListener(listener);
        if (collects) {
            session.setGlobal(CollectedOutcomes.GLOBAL, listener);
        }
        return session;
    }

    /** Makes its sessions from now on with these Drools session options on top of {@link EngineOptions}' (the probe). */
    CompiledRuleset withSessionOptions(java.util.Properties overrides) {
        sessionOptions = EngineOptions.session(EngineOptions.with(overrides));
        return this;
    }

    KieBase kieBase() {
        return kieBase;
    }

    ActiveRuleset metadata() {
        return metadata;
    }

    /** The same compiled rules under other limits (tests of the limits themselves). */
    CompiledRuleset withLimits(EvaluationLimits other) {
        return new CompiledRuleset(kieBase, metadata, other, tablesKept, factsHeld);
    }

    /**
     * The same compiled rules routing in sessions that are reset after every evaluation, the table rules firing
     * anew each time (how routing worked before decision record 041): for the benchmark and for tests that
     * compare the two.
     */
    CompiledRuleset withSessionsReset() {
        return new CompiledRuleset(kieBase, metadata, limits, false, false);
    }

    /**
     * The same compiled rules with single calls deleting their facts after each call (decision record 041) instead of
     * leaving them for a later reset (decision record 046): for the benchmark and for tests that compare the two.
     */
    CompiledRuleset withFactsDeleted() {
        return new CompiledRuleset(kieBase, metadata, limits, tablesKept, false);
    }

    /** Resets a session that holds earlier calls' facts once it holds this many (the probe: decision record 046). */
    CompiledRuleset withHeldFacts(int facts) {
        heldFactsLimit = facts;
        return this;
    }

    /** The most facts (tables included) an idle session that keeps its tables holds now: for the test of the bound. */
    long mostFactsHeld() {
        long most = 0;
        for (Pooled pooled : idleWithTables) {
            most = Math.max(most, pooled.session.getFactCount());
        }
        return most;
    }

    /** Whether single calls leave their facts in the session: asked for, and the rules keep proposals apart. */
    boolean holdsFacts() {
        return factsHeld && Boolean.TRUE.equals(isolated);
    }

    List<RoutedProposal> route(List<Proposal> proposals) {
        return routeAll(proposals, false).routed();
    }

    /** The routing and, per proposal, the rules ("package/name") that fired on it: for scenarios and impact counts. */
    record Recorded(List<RoutedProposal> routed, List<Set<String>> firedRules) {
    }

    Recorded routeRecording(List<Proposal> proposals) {
        return routeAll(proposals, true);
    }

    /**
     * For each rule of this ruleset (its name), on how many of {@code proposals} it fired; rules that fired on
     * none are listed with 0. A proposal on which the rules failed counts for no rule.
     */
    Map<String, Integer> firingsByRule(List<Proposal> proposals) {
        Map<String, Integer> counts = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!RulesetCompiler.isQuery(pkg, rule)) {
                    counts.put(rule.getName(), 0);
                }
            }
        }
        for (Set<String> fired : routeRecording(proposals).firedRules()) {
            for (String key : fired) {
                counts.merge(key.substring(key.indexOf('/') + 1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private Recorded routeAll(List<Proposal> proposals, boolean record) {
        List<RoutedProposal> routed = new ArrayList<>(proposals.size());
        List<Set<String>> fired = record ? new ArrayList<>(proposals.size()) : null;
        for (int from = 0; from < proposals.size(); from += PROPOSALS_PER_EVALUATION) {
            evaluate(proposals.subList(from, Math.min(proposals.size(), from + PROPOSALS_PER_EVALUATION)), record, routed, fired);
        }
        return new Recorded(routed, fired);
    }

    /**
     * Routes one slice. When a rule fails on some proposal of it (its consequence throws, a condition cannot be
     * evaluated, it re-fires without end, or the slice runs past its time limit), the slice is halved until the
     * failing proposals stand alone: they are answered with a {@link RoutingFailure}, every other proposal is
     * routed as usual. One bad proposal in a slice of 1,000 costs about 2·log2(1,000) ≈ 20 extra evaluations.
     */
    private void evaluate(List<Proposal> proposals, boolean record, List<RoutedProposal> routed, List<Set<String>> fired) {
        if (proposals.isEmpty()) {
            return;
        }
        try {
            evaluateTogether(proposals, record, routed, fired);
        } catch (RuleFailed failed) {
            if (proposals.size() == 1) {
                routed.add(RoutedProposal.failed(proposals.get(0).getId(), metadata.hash(), failed.failure));
                if (fired != null) {
                    fired.add(Set.of());
                }
                return;
            }
            if (failed.slow) {
                // Halving a slice that ran out of time would run the slow proposal again at every level; one
                // evaluation per proposal runs it once more and the others at their usual cost.
                for (Proposal p : proposals) {
                    evaluate(List.of(p), record, routed, fired);
                }
                return;
            }
            int half = proposals.size() / 2;
            evaluate(proposals.subList(0, half), record, routed, fired);
            evaluate(proposals.subList(half, proposals.size()), record, routed, fired);
        }
    }

    private void evaluateTogether(List<Proposal> proposals, boolean record, List<RoutedProposal> routed,
            List<Set<String>> fired) {
        List<Proposal> facts = withDistinctIds(proposals);
        EvaluationWatch watch = record ? EvaluationWatch.recording(facts, limits) : EvaluationWatch.limiting(facts, limits);
        // One proposal: a session that keeps its tables (no reset, no table rules firing again). More: a session that
        // is reset — deleting what 1,000 proposals inserted costs more than a reset (decision record 041 measured
        // 0.7× at 1,000 and 0.8× already at 10), and the reset's fixed cost is shared by all of them.
        Pooled pooled = record || !tablesKept || facts.size() > 1 ? take() : takeWithTables();
        // One proposal in a session that keeps its tables, rules that keep proposals apart: the call's facts stay (no
        // deletes). A session that holds earlier calls' facts is reset first when it holds this proposal id or enough
        // facts, or when this call may not hold (the ruleset was found not to keep proposals apart meanwhile).
        boolean holding = pooled.tables >= 0 && holdsFacts();
        if (!pooled.heldIds.isEmpty() && (!holding || pooled.heldIds.contains(facts.get(0).getId())
                || pooled.heldFacts >= heldFactsLimit)) {
            pooled = refreshed(pooled);
            holding &= pooled.tables >= 0;
        }
        KieSession session = pooled.session;
        boolean unlimited = limits == EvaluationLimits.UNLIMITED && !record;
        pooled.listener.watch(unlimited ? null : watch);
        if (pooled.tables >= 0) {
            pooled.listener.keepHandles(!holding);
        }
        if (holding) {
            pooled.listener.checkAttribution(facts.get(0).getId(), tableClassesLooked);
        }
        List<Outcome> outcomes = null;
        RuleFailed failure = null;
        try {
            for (Proposal p : facts) {
                session.insert(p);
            }
            if (unlimited) {
                session.fireAllRules(); // the benchmark's baseline: what the limits cost is measured against this
            } else {
                session.fireAllRules(watch, watch.maxFirings() + 1);
                watch.checkDeadline();
            }
            outcomes = pooled.listener.outcomes();
        } catch (EvaluationWatch.LimitExceeded e) {
            failure = new RuleFailed(e.failure(), e.getMessage().contains("time limit"));
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // LinkageError: Drools' own generated code can fail to link (it does for str[…] in 10.2); the guard
            // refuses what is known, and anything left fails these proposals, not the caller.
            failure = new RuleFailed(RuleFailures.of(e));
        } catch (OutOfMemoryError e) {
            // The guard keeps rules from allocating without bound; if memory still ran out here, the proposals
            // of this evaluation fail rather than the thread (and the session's memory is released).
            failure = new RuleFailed(new RoutingFailure(RoutingFailure.UNKNOWN_RULE, "out of memory while the rules ran"));
        }
        if (holding && pooled.listener.misattributed()) {
            // A fact of another proposal, of none, or of a table class was inserted: earlier calls' facts could join it.
            // This ruleset stops holding facts, and the proposal is routed again in a session that holds none.
            discard(session);
            isolated = Boolean.FALSE;
            evaluateTogether(proposals, record, routed, fired);
            return;
        }
        if (failure != null) {
            discard(session); // a session an evaluation failed in is never reused: whatever it held goes with it
            throw failure;
        }
        if (facts.size() == 1) {
            routed.add(OutcomeMerger.merge(proposals.get(0).getId(), metadata.hash(), outcomes));
        } else {
            Map<Long, List<Outcome>> byProposal = OutcomeMerger.byProposal(outcomes);
            for (int i = 0; i < facts.size(); i++) {
                List<Outcome> mine = byProposal.getOrDefault(facts.get(i).getId(), List.of());
                routed.add(OutcomeMerger.merge(proposals.get(i).getId(), metadata.hash(), mine));
            }
        }
        pooled.listener.stop();
        if (holding) {
            pooled.listener.stopAttribution();
            releaseHolding(pooled, facts.get(0).getId());
        } else if (pooled.tables >= 0) {
            releaseWithTables(pooled);
        } else {
            release(pooled);
        }
        if (fired != null) {
            List<Set<String>> perProposal = new ArrayList<>(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                perProposal.add(new HashSet<>());
            }
            for (Map.Entry<String, BitSet> rule : watch.firedOn().entrySet()) {
                rule.getValue().stream().forEach(i -> perProposal.get(i).add(rule.getKey()));
            }
            fired.addAll(perProposal);
        }
    }

    /**
     * A session of the pool and the listener that counts its inserts for the current evaluation; {@code tables} is
     * the number of table facts it keeps between evaluations, or −1 for a session that is reset instead. A session
     * that holds earlier calls' facts (decision record 046) knows their proposal ids and how many facts they left.
     */
    private static final class Pooled {
        final KieSession session;
        final EvaluationWatch.SessionListener listener;
        final long tables;
        final Set<Long> heldIds = new HashSet<>();
        long heldFacts;

        Pooled(KieSession session, EvaluationWatch.SessionListener listener, long tables) {
            this.session = session;
            this.listener = listener;
            this.tables = tables;
        }
    }

    private Pooled take() {
        Pooled pooled = idle.poll();
        if (pooled != null) {
            idleCount.decrementAndGet();
            return pooled;
        }
        EvaluationWatch.SessionListener listener = new EvaluationWatch.SessionListener();
        return new Pooled(newSession(listener), listener, -1);
    }

    /**
     * A session that already holds the table facts — what the rules without conditions insert (the served-by
     * table, the caps) — so that an evaluation inserts only its proposals and what rules derive from them, and
     * afterwards deletes exactly those ({@link #releaseWithTables}). A reset, by contrast, clears every node memory
     * and the object store and fires the table rules again: for one proposal that fixed cost was as large as the
     * routing itself (decision record 041). A new session fires its table rules once, under the limits, with no
     * proposal. If that records an outcome or fails, this ruleset's tables are not kept: it routes with sessions
     * that are reset, where the same rules run (and fail, if they do) within each evaluation as before.
     */
    private Pooled takeWithTables() {
        Pooled pooled = idleWithTables.poll();
        if (pooled != null) {
            idleWithTablesCount.decrementAndGet();
            return pooled;
        }
        EvaluationWatch.SessionListener listener = new EvaluationWatch.SessionListener();
        KieSession session = newSession(listener);
        if (!firedTables(session, listener)) {
            discard(session);
            tablesKept = false;
            return take();
        }
        if (isolated == null) {
            Set<Class<?>> classes = new HashSet<>();
            for (Object fact : session.getObjects()) {
                classes.add(fact.getClass());
            }
            List<Class<?>> looked = new ArrayList<>();
            for (Class<?> type : classes) {
                // An instance of a final table class without a proposal id already fails the id check.
                if (ProposalIsolation.carriesProposalId(type) || !java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
                    looked.add(type);
                }
            }
            tableClassesLooked = looked.toArray(new Class<?>[0]);
            isolated = ProposalIsolation.of(kieBase, Set.copyOf(classes)).isolated();
        }
        listener.keepHandles(true);
        return new Pooled(session, listener, session.getFactCount());
    }

    /** Fires the table rules of a session without facts, under the limits; false if they failed or recorded outcomes. */
    private boolean firedTables(KieSession session, EvaluationWatch.SessionListener listener) {
        EvaluationWatch watch = EvaluationWatch.limiting(List.of(), limits);
        listener.watch(watch);
        try {
            session.fireAllRules(watch, watch.maxFirings() + 1);
            watch.checkDeadline();
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError | OutOfMemoryError e) {
            return false;
        }
        boolean tablesOnly = listener.outcomes().isEmpty();
        listener.stop();
        return tablesOnly;
    }

    /**
     * A session that holds earlier calls' facts, reset and its tables fired again (decision record 046): one reset for
     * some hundreds of calls instead of their deletes. If that does not give the same tables, another session.
     */
    private Pooled refreshed(Pooled pooled) {
        try {
            ((StatefulKnowledgeSessionImpl) pooled.session).reset();
            pooled.session.addEventListener(pooled.listener);
            if (collects) {
                pooled.session.setGlobal(CollectedOutcomes.GLOBAL, pooled.listener);
            }
            if (firedTables(pooled.session, pooled.listener) && pooled.session.getFactCount() == pooled.tables) {
                pooled.heldIds.clear();
                pooled.heldFacts = 0;
                return pooled;
            }
        } catch (RuntimeException e) {
            // dropped below
        }
        discard(pooled.session);
        return takeWithTables();
    }

    /**
     * Keeps what a call inserted in the session (decision record 046): the rules keep proposals apart, so later calls
     * cannot match these facts; they go at the next reset ({@link #refreshed}).
     */
    private void releaseHolding(Pooled pooled, long proposalId) {
        pooled.listener.inserted().clear();
        pooled.heldIds.add(proposalId);
        pooled.heldFacts = pooled.session.getFactCount() - pooled.tables;
        offerWithTables(pooled);
    }

    /**
     * Deletes what an evaluation inserted — its proposals first, then the derived facts in the order they came —
     * and keeps the session with its tables for the next one. Nothing fires here: what the deletions leave staged
     * in the network is settled by the next evaluation before its own facts. A session whose fact count does not
     * come back to its tables is dropped.
     */
    private void releaseWithTables(Pooled pooled) {
        List<org.kie.api.runtime.rule.FactHandle> inserted = pooled.listener.inserted();
        try {
            for (org.kie.api.runtime.rule.FactHandle handle : inserted) {
                // In an immutable knowledge base a fact no pattern can match is dropped as soon as it is inserted
                // (decision record 044); deleting it again would only log a warning.
                if (!((org.drools.core.common.InternalFactHandle) handle).isDisconnected()) {
                    pooled.session.delete(handle);
                }
            }
        } catch (RuntimeException e) {
            discard(pooled.session);
            return;
        } finally {
            inserted.clear();
        }
        if (pooled.session.getFactCount() != pooled.tables) {
            discard(pooled.session);
            return;
        }
        offerWithTables(pooled);
    }

    private void offerWithTables(Pooled pooled) {
        if (idleWithTablesCount.incrementAndGet() <= POOLED_SESSIONS) {
            idleWithTables.offer(pooled);
        } else {
            idleWithTablesCount.decrementAndGet();
            pooled.session.dispose();
        }
    }

    /** A session that served an evaluation is reset (facts, agenda, memories) and kept for the next one. */
    private void release(Pooled pooled) {
        try {
            ((StatefulKnowledgeSessionImpl) pooled.session).reset();
            // reset() also removes the session's listeners: the one that watches inserts goes back on (and stays the
            // collector: the global is set again, whatever reset does to globals).
            pooled.session.addEventListener(pooled.listener);
            if (collects) {
                pooled.session.setGlobal(CollectedOutcomes.GLOBAL, pooled.listener);
            }
        } catch (RuntimeException e) {
            discard(pooled.session);
            return;
        }
        if (idleCount.incrementAndGet() <= POOLED_SESSIONS) {
            idle.offer(pooled);
        } else {
            idleCount.decrementAndGet();
            pooled.session.dispose();
        }
    }

    /** A session an evaluation failed in is never reused. */
    private static void discard(KieSession session) {
        try {
            session.dispose();
        } catch (RuntimeException | StackOverflowError ignored) {
            // it is dropped either way
        }
    }

    /** A rule failed somewhere in an evaluation; which proposal it failed on is found by {@link #evaluate}. */
    private static final class RuleFailed extends RuntimeException {
        final transient RoutingFailure failure;
        final boolean slow;

        RuleFailed(RoutingFailure failure) {
            this(failure, false);
        }

        RuleFailed(RoutingFailure failure, boolean slow) {
            super(failure.toString(), null, false, false);
            this.failure = failure;
            this.slow = slow;
        }
    }

    /** Outcomes join by proposal id; two proposals with one id in a batch would share outcomes, so they get stand-ins. */
    private static List<Proposal> withDistinctIds(List<Proposal> proposals) {
        Set<Long> seen = new HashSet<>();
        boolean distinct = true;
        for (Proposal p : proposals) {
            distinct &= seen.add(p.getId());
        }
        if (distinct) {
            return proposals;
        }
        List<Proposal> renumbered = new ArrayList<>(proposals.size());
        for (int i = 0; i < proposals.size(); i++) {
            renumbered.add(proposals.get(i).toBuilder().id(i).build());
        }
        return renumbered;
    }
}
