package kr.oneteam.app.routing;

import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.rules.fact.Proposal;

/**
 * Turns a checked proposal into the read-only facts the rules see; {@code routingId} joins the results back. Bound
 * by name ({@link FactBinder}): a field of the form reaches the rules when {@code rules/fact} has it, and the form
 * having a field the facts lack fails at start-up, naming it (decision 061).
 */
public final class RulesFacts {

    private static final FactBinder PROPOSAL = FactBinder.of(ProposalForm.class, Proposal.class);

    private RulesFacts() {
    }

    public static Proposal of(long routingId, ProposalForm form) {
        return (Proposal) PROPOSAL.bind(form, builder -> ((Proposal.Builder) builder).id(routingId));
    }
}
