package kr.oneteam.rules;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.outcome.Outcome;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Sees every match just before it fires (an {@link AgendaFilter} that accepts all): stops the evaluation when
 * it fired more rules than its limit allows or ran past its deadline, naming the rule that was about to fire
 * — after a long pause that is the rule whose conditions were being evaluated. When asked to (scenarios,
 * impact counts), it also records which rule fired for which proposal; the normal routing path records nothing.
 */
final class EvaluationWatch implements AgendaFilter {

    /**
     * Facts a rule may insert per proposal in one evaluation (the shipped policy inserts about 20): a rule that
     * re-fires on its own outcome fills the memory long before the firing limit, so inserts are counted too.
     */
    static final int INSERTS_PER_PROPOSAL = 100;

    /** An evaluation stopped by a limit; the proposals it was routing fail with {@link #failure()}. */
    static final class LimitExceeded extends RuntimeException {
        private final transient RoutingFailure failure;

        LimitExceeded(RoutingFailure failure) {
            super(failure.toString(), null, false, false);
            this.failure = failure;
        }

        RoutingFailure failure() {
            return failure;
        }
    }

    private final long deadline;
    private final long timeLimitMillis;
    private final int maxFirings;
    private final Map<Long, Integer> indexById;
    private final Map<String, BitSet> firedOn;
    private final int proposals;
    private final int maxInserts;
    private int firings;
    private int inserts;

    private EvaluationWatch(List<Proposal> facts, EvaluationLimits limits, boolean record) {
        this.proposals = facts.size();
        this.deadline = limits.deadlineNanos(System.nanoTime(), proposals);
        this.timeLimitMillis = limits.timeLimitMillis(proposals);
        this.maxFirings = limits.firingLimit(proposals);
        this.maxInserts = INSERTS_PER_PROPOSAL * proposals + 1_000;
        if (record) {
            indexById = new HashMap<>(facts.size() * 2);
            for (int i = 0; i < facts.size(); i++) {
                indexById.put(facts.get(i).getId(), i);
            }
            firedOn = new HashMap<>();
        } else {
            indexById = null;
            firedOn = null;
        }
    }

    static EvaluationWatch limiting(List<Proposal> facts, EvaluationLimits limits) {
        return new EvaluationWatch(facts, limits, false);
    }

    static EvaluationWatch recording(List<Proposal> facts, EvaluationLimits limits) {
        return new EvaluationWatch(facts, limits, true);
    }

    int maxFirings() {
        return maxFirings;
    }

    @Override
    public boolean accept(Match match) {
        firings++;
        if (firings > maxFirings) {
            throw new LimitExceeded(new RoutingFailure(ruleOf(match), "fired more than "
                    + (maxFirings - 1_000) / Math.max(1, proposals) + " rules per proposal: a rule probably re-fires on its own outcome"));
        }
        if ((firings & 7) == 0 && System.nanoTime() > deadline) {
            throw new LimitExceeded(new RoutingFailure(ruleOf(match), "the rules took longer than " + timeLimitMillis
                    + " ms (the time limit) and were stopped while this rule was evaluated"));
        }
        if (firedOn != null) {
            record(match);
        }
        return true;
    }

    /** Called for every fact inserted (the proposals and all that rules insert), by {@link SessionListener}. */
    void inserted() {
        if (++inserts > maxInserts + proposals) {
            throw new LimitExceeded(new RoutingFailure(RoutingFailure.UNKNOWN_RULE, "inserted more than "
                    + INSERTS_PER_PROPOSAL + " facts per proposal: a rule probably re-fires on its own outcome"));
        }
    }

    /** Also called once after the last firing: a deadline passed in the last stretch fails the evaluation too. */
    void checkDeadline() {
        if (System.nanoTime() > deadline) {
            throw new LimitExceeded(new RoutingFailure(RoutingFailure.UNKNOWN_RULE, "the rules took longer than "
                    + timeLimitMillis + " ms (the time limit)"));
        }
    }

    private static String ruleOf(Match match) {
        return RuleFailures.ruleId(match.getRule().getName());
    }

    private void record(Match match) {
        String rule = key(match.getRule().getPackageName(), match.getRule().getName());
        BitSet on = firedOn.computeIfAbsent(rule, r -> new BitSet(proposals));
        Integer index = proposalOf(match);
        if (index == null) {
            on.set(0, proposals); // a rule about no proposal (a table) applies to every proposal of the evaluation
        } else {
            on.set(index);
        }
    }

    private Integer proposalOf(Match match) {
        for (Object fact : match.getObjects()) {
            if (fact instanceof Proposal p) {
                return indexById.get(p.getId());
            }
        }
        for (Object fact : match.getObjects()) {
            Long id = fact instanceof Outcome o ? Long.valueOf(o.getProposalId()) : DeclaredProposalId.of(fact);
            if (id != null) {
                return indexById.get(id);
            }
        }
        return null;
    }

    /** For each rule ("package/name") that fired, the proposals (by index in the evaluated list) it fired on. */
    Map<String, BitSet> firedOn() {
        return firedOn == null ? Map.of() : firedOn;
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    /**
     * Registered once on each pooled session: tells the evaluation's watch of every insert, and keeps the
     * outcomes as they are inserted — cheaper than searching the session's facts for them afterwards (the
     * routing benchmark measured 10–20 % of an evaluation of 1,000 proposals; decision record 040).
     */
    static final class SessionListener extends org.kie.api.event.rule.DefaultRuleRuntimeEventListener
            implements java.util.function.Consumer<Object> {
        private EvaluationWatch current;
        private boolean collecting;
        private final java.util.ArrayList<Outcome> outcomes = new java.util.ArrayList<>();
        private final java.util.ArrayList<org.kie.api.runtime.rule.FactHandle> inserted = new java.util.ArrayList<>();
        private boolean keepHandles;
        /** While facts are held across calls (decision record 046): the call's proposal id, table classes to look for. */
        private boolean checkAttribution;
        private long callProposalId;
        private Class<?>[] tableClasses = new Class<?>[0];
        private boolean misattributed;

        /** Starts an evaluation: outcomes are kept from now on; inserts are counted by {@code watch} unless null. */
        void watch(EvaluationWatch watch) {
            current = watch;
            collecting = true;
            outcomes.clear();
            inserted.clear();
        }

        /**
         * Keeps the handle of every fact inserted while collecting (the proposals and what the rules derived), so
         * that a session which keeps its table facts can delete exactly these afterwards (decision record 041).
         */
        void keepHandles(boolean keep) {
            keepHandles = keep;
        }

        /**
         * From now on, every fact inserted must carry {@code proposalId} and be no instance of a table class, else
         * {@link #misattributed()} turns true (decision record 046); checked as the fact is inserted, before it
         * propagates. Off with {@link #stopAttribution()}.
         */
        void checkAttribution(long proposalId, Class<?>[] tables) {
            checkAttribution = true;
            callProposalId = proposalId;
            tableClasses = tables;
            misattributed = false;
        }

        void stopAttribution() {
            checkAttribution = false;
        }

        /** Whether a fact of another proposal, of no proposal or of a table class was inserted since {@link #checkAttribution}. */
        boolean misattributed() {
            return misattributed;
        }

        /** The handles of every fact inserted since {@link #watch}, in insertion order (only with {@link #keepHandles}). */
        List<org.kie.api.runtime.rule.FactHandle> inserted() {
            return inserted;
        }

        /** Ends an evaluation: what the session's reset deletes is neither counted nor kept. */
        void stop() {
            current = null;
            collecting = false;
        }

        List<Outcome> outcomes() {
            return outcomes;
        }

        /**
         * An outcome no rule reads, handed over by a rewritten {@code insert} (decision record 043): counted for the
         * insert limit and kept for the merger exactly like an inserted one, in the same order, but never a fact.
         */
        @Override
        public void accept(Object outcome) {
            if (!collecting) {
                return;
            }
            EvaluationWatch w = current;
            if (w != null) {
                w.inserted();
            }
            if (outcome instanceof Outcome o) {
                outcomes.add(o);
                // never a fact, so it cannot join anything; but one for another proposal means a match took in facts
                // of another call, which the checks of the inserted facts should have made impossible
                misattributed |= checkAttribution && o.getProposalId() != callProposalId;
            }
        }

        @Override
        public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
            if (!collecting) {
                return;
            }
            EvaluationWatch w = current;
            if (w != null) {
                w.inserted();
            }
            Object fact = event.getObject();
            if (fact instanceof Outcome o) {
                outcomes.add(o);
                misattributed |= checkAttribution && o.getProposalId() != callProposalId;
            } else if (checkAttribution) {
                misattributed |= !ProposalIsolation.belongsTo(fact, callProposalId);
            }
            if (keepHandles) {
                inserted.add(event.getFactHandle());
            }
            if (checkAttribution) {
                // An instance of a table class that belongsTo cannot tell apart (one that carries an id or has subclasses).
                for (Class<?> table : tableClasses) {
                    misattributed |= table.isInstance(fact);
                }
            }
        }
    }
}
