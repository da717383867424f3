package kr.oneteam.app.proposal;

import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.proposal.Proposal;

import java.time.Clock;

/** Maps between a checked proposal form and the stored proposal, both ways, through the stored document. */
public final class ProposalEntities {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private ProposalEntities() {
    }

    /**
     * A new proposal: its document is the form as bound (decision 061); the typed columns beside it are copies of the
     * document's fields the queue, the dashboard and the lifecycle filter on.
     */
    public static Proposal toEntity(ProposalForm form, Company company, Clock clock) {
        CompanyForm c = form.company();
        return Proposal.builder()
                .externalRef(form.externalRef())
                .receivedAt(form.receivedAt())
                .channel(form.channel())
                .company(company, c.sizeClass(), c.region())
                .sandboxTrack(form.regulation() == null ? null : form.regulation().sandboxTrack())
                .content(ProposalJson.stored(form))
                .title(form.title())
                .categories(form.categories())
                .stage(form.stage())
                .build(clock);
    }

    /**
     * The stored proposal in the shape it was submitted in, e.g. to route it again or to show it: its document
     * ({@code proposal.content}, decision 061) bound by the same binder as a submitted one.
     */
    public static ProposalForm toForm(Proposal p) {
        String content = p.getContent();
        if (content == null) {
            throw new IllegalStateException("proposal " + p.getId() + " has no stored document (content)");
        }
        try {
            return ProposalBinder.standard().bind(JSON.readTree(content));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("proposal " + p.getId() + " has a stored document that is no JSON: "
                    + e.getMessage(), e);
        }
    }
}
