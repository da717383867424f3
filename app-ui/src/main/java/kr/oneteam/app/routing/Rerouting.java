package kr.oneteam.app.routing;

import kr.oneteam.app.proposal.ProposalEntities;
import jakarta.persistence.EntityManager;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.rules.ActiveRuleset;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Follows the engine's activations: each new ruleset is stored as the active version, then every
 * proposal still awaiting review with no officer decision is routed again, a page at a time. Decided
 * proposals keep their recommendations and the version that made them (POLICY.md §3).
 */
@Service
public class Rerouting {

    static final int PAGE = 500;
    static final List<ProposalStatus> OPEN =
            List.of(ProposalStatus.NEW, ProposalStatus.AWAITING_REVIEW, ProposalStatus.NEEDS_INFO);
    private static final Logger log = LoggerFactory.getLogger(Rerouting.class);

    private final RoutingEngine engine;
    private final RulesetVersions versions;
    private final EntityManager entities;
    private final TransactionTemplate transactions;

    public Rerouting(RoutingEngine engine, RulesetVersions versions,
                     EntityManager entities, PlatformTransactionManager transactionManager) {
        this.engine = engine;
        this.versions = versions;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The engine's first activation happens before Spring is up and is not announced: record it here. */
    @EventListener(ApplicationReadyEvent.class)
    public void followActivations() {
        ActiveRuleset first = engine.active();
        activated(first);
        engine.onActivation(this::activated);
    }

    /** Stores {@code active} as the active version and re-routes what may be re-routed; returns how many. */
    public synchronized int activated(ActiveRuleset active) {
        long versionId = versions.activate(active, RulesetVersions.SYSTEM);
        int rerouted = 0;
        long after = 0;
        while (true) {
            List<Long> page = nextPage(after, versionId);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1);
            Integer done = transactions.execute(tx -> reroutePage(page, versionId, active.hash()));
            if (done == null || done < 0) {
                log.info("Ruleset changed again while re-routing; the newer activation takes over");
                return rerouted;
            }
            rerouted += done;
        }
        log.info("Ruleset {} ({} rules from {}) is active; re-routed {} proposal(s) awaiting review",
                active.hash(), active.ruleCount(), active.source(), rerouted);
        return rerouted;
    }

    /** Keyset paging: the next ids after {@code after} still awaiting review, undecided, made by another version. */
    private List<Long> nextPage(long after, long versionId) {
        return transactions.execute(tx -> entities.createQuery("""
                        select p.id from Proposal p
                        where p.id > :after and p.status in :open
                          and (p.rulesetVersion is null or p.rulesetVersion.id <> :version)
                          and not exists (select r.id from Recommendation r
                                          where r.proposal = p and r.decision.outcome is not null)
                        order by p.id""", Long.class)
                .setParameter("after", after)
                .setParameter("open", OPEN)
                .setParameter("version", versionId)
                .setMaxResults(PAGE)
                .getResultList());
    }

    private int reroutePage(List<Long> ids, long versionId, String engineHash) {
        List<Proposal> page = entities.createQuery(
                        "select p from Proposal p join fetch p.company where p.id in :ids order by p.id", Proposal.class)
                .setParameter("ids", ids).getResultList();
        List<RoutedProposal> routed = engine.routeAll(page.stream()
                .map(p -> RulesFacts.of(p.getId(), ProposalEntities.toForm(p))).toList());
        if (!routed.isEmpty() && !routed.get(0).rulesetHash().equals(engineHash)) {
            return -1;
        }
        RulesetVersion version = entities.getReference(RulesetVersion.class, versionId);
        int count = 0;
        for (int i = 0; i < page.size(); i++) {
            Proposal proposal = page.get(i);
            if (proposal.getRecommendations().stream().noneMatch(r -> r.isDecided())) {
                RecommendationEntities.apply(routed.get(i), proposal, version);
                count++;
            }
        }
        return count;
    }
}
