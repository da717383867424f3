package kr.oneteam.app.impact;

import java.util.List;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.rules.fact.Proposal;

/** A stored proposal as the simulation needs it: what the report names, and the facts the rules see. */
record StoredProposal(long id, String companyName, String title, ProposalStatus status, boolean decided,
                      Proposal facts) {

    /** The statuses a publication re-routes (Rerouting.OPEN): the proposal is still before an officer. */
    static final List<ProposalStatus> OPEN =
            List.of(ProposalStatus.NEW, ProposalStatus.AWAITING_REVIEW, ProposalStatus.NEEDS_INFO);

    boolean open() {
        return OPEN.contains(status);
    }

    /** Open and undecided: what a publication would re-route, and what still claims capacity. */
    boolean awaitingDecision() {
        return open() && !decided;
    }
}
