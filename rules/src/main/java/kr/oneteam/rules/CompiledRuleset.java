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
 * looping (a rule re-firing on its own outcome), and routing fails rather than hanging.
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

    private List<RoutedProposal> evaluate(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        List<Proposal> facts = withDistinctIds(proposals);
        int limit = FIRINGS_PER_PROPOSAL * facts.size() + 1_000;
        List<Command<?>> commands = List.of(
                COMMANDS.newInsertElements(facts),
                new FireAllRulesCommand("fired", limit, null),
                COMMANDS.newGetObjects(fact -> fact instanceof Outcome, "outcomes"));
        StatelessKieSession session = kieBase.newStatelessKieSession();
        ExecutionResults results = session.execute(COMMANDS.newBatchExecution(commands));
        if (((Number) results.getValue("fired")).intValue() >= limit) {
            throw new IllegalStateException("ruleset " + metadata.hash() + " fired more than " + limit
                    + " rules for " + facts.size() + " proposals: a rule probably re-fires on its own outcome");
        }
        Map<Long, List<Outcome>> outcomes = OutcomeMerger.byProposal((Iterable<?>) results.getValue("outcomes"));
        List<RoutedProposal> routed = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            List<Outcome> mine = outcomes.getOrDefault(facts.get(i).getId(), List.of());
            routed.add(OutcomeMerger.merge(proposals.get(i).getId(), metadata.hash(), mine));
        }
        return routed;
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
