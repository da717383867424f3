package kr.oneteam.rules;

import java.util.List;
import java.util.Map;
import kr.oneteam.rules.fact.Proposal;

/**
 * One compiled ruleset that routes proposals: the active one ({@link RoutingEngine#router()}), or any other
 * compiled without being activated ({@link RoutingEngine#compile}) — a stored earlier version for a
 * preview, a draft for an impact simulation. Immutable and safe to share between threads.
 */
public final class Router {

    private final CompiledRuleset compiled;

    Router(CompiledRuleset compiled) {
        this.compiled = compiled;
    }

    /** Hash, source, rule count and files of the ruleset this router routes with. */
    public ActiveRuleset ruleset() {
        return compiled.metadata();
    }

    public String hash() {
        return compiled.metadata().hash();
    }

    public RoutedProposal route(Proposal proposal) {
        return routeAll(List.of(proposal)).get(0);
    }

    /** Routes the whole list with this ruleset (stateless evaluations of up to 1,000); results in input order. */
    public List<RoutedProposal> routeAll(List<Proposal> proposals) {
        return compiled.route(proposals);
    }

    /**
     * For each rule of this ruleset (its whole name), on how many of {@code proposals} it fired; rules that fired
     * on none are listed with 0, a proposal on which the rules failed counts for none. A recording evaluation of
     * its own (the coverage table, issue 7): {@link #routeAll} records nothing.
     */
    public Map<String, Integer> firingsByRule(List<Proposal> proposals) {
        return compiled.firingsByRule(proposals);
    }

    CompiledRuleset compiled() {
        return compiled;
    }
}
