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
        return page(ids, new ImpactTimings());
    }

    List<StoredProposal> page(List<Long> ids, ImpactTimings timings) {
        return readOnly.execute(tx -> {
            long start = System.nanoTime();
            Set<Long> wanted = new HashSet<>(ids);
            long first = ids.get(0);
            long last = ids.get(ids.size() - 1);
            // A dense page (the whole table, or a filter that selects most of it) is read as an id range: H2
            // evaluated "id in (1,000 parameters)" row by row over the whole table for every page — quadratic, 53 s
            // for 10,000 proposals on the loaded machine (docs/decisions/131). A sparse page keeps the id list.
            boolean dense = ids.size() > 1 && last - first < 2L * ids.size();
            String where = dense ? " between :first and :last" : " in :ids";
            var decidedQuery = entities.createQuery("select distinct r.proposal.id from Recommendation r where r.proposal.id"
                    + where + " and r.decision.outcome is not null", Long.class);
            var rowsQuery = entities.createQuery("select distinct p from Proposal p join fetch p.company"
                    + " where p.id" + where + " order by p.id", Proposal.class)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            if (dense) {
                decidedQuery.setParameter("first", first).setParameter("last", last);
                rowsQuery.setParameter("first", first).setParameter("last", last);
            } else {
                decidedQuery.setParameter("ids", ids);
                rowsQuery.setParameter("ids", ids);
            }
            Set<Long> decided = new HashSet<>(decidedQuery.getResultList());
            List<Proposal> rows = rowsQuery.getResultList().stream().filter(p -> wanted.contains(p.getId())).toList();
            timings.rows.addAndGet(ImpactTimings.since(start));
            start = System.nanoTime();
            List<StoredProposal> page = rows.stream()
                    .map(p -> new StoredProposal(p.getId(), p.getCompanyName(), p.getTitle(), p.getStatus(),
                            decided.contains(p.getId()), RulesFacts.of(p.getId(), ProposalEntities.toForm(p))))
                    .toList();
            timings.facts.addAndGet(ImpactTimings.since(start));
            entities.clear();
            return page;
        });
    }
}
