package kr.oneteam.app.impact;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.routing.RulesFacts;
import kr.oneteam.domain.proposal.Proposal;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one page of stored proposals, read-only, as the rules see them — the same mapping Rerouting uses
 * (entity → form → facts), so a simulation routes exactly what a publication would. One read-only
 * transaction per page; the entities are dropped when it ends, so a run never holds more than a page.
 */
@Component
class StoredProposals {

    private final EntityManager entities;
    private final TransactionTemplate readOnly;

    StoredProposals(EntityManager entities, PlatformTransactionManager transactionManager) {
        this.entities = entities;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The proposals of {@code ids}, in id order (ids that vanished meanwhile are left out). */
    List<StoredProposal> page(List<Long> ids) {
        return readOnly.execute(tx -> {
            Set<Long> decided = new HashSet<>(entities.createQuery("""
                            select distinct r.proposal.id from Recommendation r
                            where r.proposal.id in :ids and r.decision.outcome is not null""", Long.class)
                    .setParameter("ids", ids).getResultList());
            List<StoredProposal> page = entities.createQuery("""
                            select distinct p from Proposal p join fetch p.company left join fetch p.consortium
                            where p.id in :ids order by p.id""", Proposal.class)
                    .setParameter("ids", ids)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList().stream()
                    .map(p -> new StoredProposal(p.getId(), p.getCompanyName(), p.getTitle(), p.getStatus(),
                            decided.contains(p.getId()), RulesFacts.of(p.getId(), ProposalEntities.toForm(p))))
                    .toList();
            entities.clear();
            return page;
        });
    }
}
