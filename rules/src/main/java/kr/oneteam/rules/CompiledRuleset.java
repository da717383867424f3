package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.outcome.Outcome;

/**
 * One compiled ruleset version. Routing a list is one stateless evaluation over all its proposals: the
 * KieBase is built once and only a cheap stateless session is made per call, and outcomes find their
 * proposal by id. A ruleset that fires more than {@link #FIRINGS_PER_PROPOSAL} rules per proposal is
 * looping (a rule re-firing on its own outcome); that, and any rule that throws, fails the proposals it
 * happens on (see {@link #evaluate}) and never the others, nor the caller.
 */
final class CompiledRuleset {

    static final int FIRINGS_PER_PROPOSAL = 2_000;

    /**
     * Proposals per stateless evaluation. Throughput per proposal falls as one working memory grows (the
     * routing benchmark measured ~85k/s in evaluations of 1,000 against ~40k/s in one of 10,000: bigger
     * agenda and join memories, worse locality), so long lists are evaluated in slices of this size. Every
     * slice uses this same compiled ruleset, so a list is still routed wholly by one version.
     */
    static final int PROPOSALS_PER_EVALUATION = 1_000;

    private static final KieCommands COMMANDS = KieServices.Factory.get().getCommands();

    private final KieBase kieBase;
    private final ActiveRuleset metadata;

    CompiledRuleset(KieBase kieBase, ActiveRuleset metadata) {
        this.kieBase = kieBase;
        this.metadata = metadata;
    }

    ActiveRuleset metadata() {
        return metadata;
    }

    List<RoutedProposal> route(List<Proposal> proposals) {
        if (proposals.size() <= PROPOSALS_PER_EVALUATION) {
            return evaluate(proposals);
        }
        List<RoutedProposal> routed = new ArrayList<>(proposals.size());
        for (int from = 0; from < proposals.size(); from += PROPOSALS_PER_EVALUATION) {
            routed.addAll(evaluate(proposals.subList(from, Math.min(proposals.size(), from + PROPOSALS_PER_EVALUATION))));
        }
        return routed;
    }

    /**
     * Routes one slice. When a rule fails on some proposal of it (its consequence throws, a condition cannot
     * be evaluated, or it re-fires without end), the slice is halved until the failing proposals stand
     * alone: they are answered with a {@link RoutingFailure}, every other proposal is routed as usual. One
     * bad proposal in a slice of 1,000 costs about 2·log2(1,000) ≈ 20 extra evaluations.
     */
    private List<RoutedProposal> evaluate(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        try {
            return evaluateTogether(proposals);
        } catch (RuleFailed failed) {
            if (proposals.size() == 1) {
                return List.of(RoutedProposal.failed(proposals.get(0).getId(), metadata.hash(), failed.failure));
            }
            int half = proposals.size() / 2;
            List<RoutedProposal> routed = new ArrayList<>(proposals.size());
            routed.addAll(evaluate(proposals.subList(0, half)));
            routed.addAll(evaluate(proposals.subList(half, proposals.size())));
            return routed;
        }
    }

    private List<RoutedProposal> evaluateTogether(List<Proposal> proposals) {
        List<Proposal> facts = withDistinctIds(proposals);
        int limit = FIRINGS_PER_PROPOSAL * facts.size() + 1_000;
        List<Command<?>> commands = List.of(
                COMMANDS.newInsertElements(facts),
                new FireAllRulesCommand("fired", limit, null),
                COMMANDS.newGetObjects(fact -> fact instanceof Outcome, "outcomes"));
        StatelessKieSession session = kieBase.newStatelessKieSession();
        ExecutionResults results;
        try {
            results = session.execute(COMMANDS.newBatchExecution(commands));
        } catch (RuntimeException | StackOverflowError e) {
            throw new RuleFailed(RuleFailures.of(e));
        }
        if (((Number) results.getValue("fired")).intValue() >= limit) {
            throw new RuleFailed(new RoutingFailure(RoutingFailure.UNKNOWN_RULE, "more than " + FIRINGS_PER_PROPOSAL
                    + " rule firings per proposal: a rule probably re-fires on its own outcome"));
        }
        Map<Long, List<Outcome>> outcomes = OutcomeMerger.byProposal((Iterable<?>) results.getValue("outcomes"));
        List<RoutedProposal> routed = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            List<Outcome> mine = outcomes.getOrDefault(facts.get(i).getId(), List.of());
            routed.add(OutcomeMerger.merge(proposals.get(i).getId(), metadata.hash(), mine));
        }
        return routed;
    }

    /** A rule failed somewhere in an evaluation; which proposal it failed on is found by {@link #evaluate}. */
    private static final class RuleFailed extends RuntimeException {
        final transient RoutingFailure failure;

        RuleFailed(RoutingFailure failure) {
            super(failure.toString(), null, false, false);
            this.failure = failure;
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
