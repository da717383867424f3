package kr.oneteam.app.whatif;

import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.routing.RulesFacts;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.whatif.WhatIf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What would change it" for a stored proposal: it is routed again, with every single-field variant, by the
 * active ruleset — exactly as the routing preview routes, nothing is stored and no audit entry is written.
 * Readers of proposals (OFFICER, ANALYST, ADMIN) may ask; answers are kept per ruleset version.
 */
@Service
public class WhatIfService {

    private final ProposalRepository proposals;
    private final WhatIfExplainer explainer;

    WhatIfService(ProposalRepository proposals, RoutingEngine engine) {
        this.proposals = proposals;
        this.explainer = new WhatIfExplainer(engine::router);
    }

    /** @throws UnknownProposal when there is no proposal {@code proposalId} */
    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public WhatIf explain(long proposalId) {
        return explainer.explain(proposalId, () -> {
            Proposal stored = proposals.findById(proposalId).orElseThrow(() -> new UnknownProposal(proposalId));
            return RulesFacts.of(proposalId, ProposalEntities.toForm(stored));
        });
    }

    /** Explanations worked out so far rather than found kept. */
    public long worked() {
        return explainer.worked();
    }

    /** There is no proposal with this id. */
    public static class UnknownProposal extends RuntimeException {

        public UnknownProposal(long id) {
            super("no proposal " + id);
        }
    }
}
