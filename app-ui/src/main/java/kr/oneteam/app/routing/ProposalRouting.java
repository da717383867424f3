package kr.oneteam.app.routing;

import kr.oneteam.app.proposal.ProposalEntities;
import jakarta.persistence.EntityManager;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.rules.ActiveRuleset;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutingEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Routes checked proposals through the engine and stores each with its recommendations. A list is
 * routed by one {@code routeAll} call (one ruleset version for all of it) and stored in chunks, one
 * transaction per chunk, with JDBC batching; a proposal is never stored without its recommendations.
 */
@Service
public class ProposalRouting {

    static final int QUERY_SLICE = 1000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProposalRouting.class);

    private final RoutingEngine engine;
    private final RulesetVersions versions;
    private final Companies companies;
    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int chunkSize;

    public ProposalRouting(RoutingEngine engine, RulesetVersions versions, Companies companies,
                           EntityManager entities, PlatformTransactionManager transactionManager, Clock clock,
                           @Value("${oneteam.intake.chunk-size:250}") int chunkSize) {
        this.chunkSize = chunkSize;
        this.engine = engine;
        this.versions = versions;
        this.companies = companies;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Routes and stores every form; returns the new ids in the order of {@code forms}. */
    public List<Long> routeAndStore(List<ProposalForm> forms) {
        if (forms.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        List<RoutedProposal> routed = routeAll(forms);
        long routedAt = System.nanoTime();
        ActiveRuleset active = engine.active();
        if (!active.hash().equals(routed.get(0).rulesetHash())) {
            // A new ruleset was activated while routing: route again so that the stored version is the one used.
            routed = routeAll(forms);
            active = engine.active();
        }
        long versionId = versions.idOf(active);
        List<Long> ids = new ArrayList<>(forms.size());
        for (int from = 0; from < forms.size(); from += chunkSize) {
            int to = Math.min(forms.size(), from + chunkSize);
            ids.addAll(storeChunk(forms.subList(from, to), routed.subList(from, to), versionId));
        }
        if (forms.size() >= 100) {
            log.info("{} proposals routed in {} ms and stored in {} ms", forms.size(),
                    (routedAt - started) / 1_000_000, (System.nanoTime() - routedAt) / 1_000_000);
        }
        return ids;
    }

    private List<RoutedProposal> routeAll(List<ProposalForm> forms) {
        return engine.routeAll(IntStream.range(0, forms.size()).mapToObj(i -> RulesFacts.of(i, forms.get(i))).toList());
    }

    private List<Long> storeChunk(List<ProposalForm> forms, List<RoutedProposal> routed, long versionId) {
        return transactions.execute(tx -> {
            RulesetVersion version = entities.getReference(RulesetVersion.class, versionId);
            Map<String, Company> byKey = companies.resolve(forms.stream().map(ProposalForm::company).toList());
            List<Proposal> stored = new ArrayList<>(forms.size());
            for (int i = 0; i < forms.size(); i++) {
                ProposalForm form = forms.get(i);
                Proposal proposal = ProposalEntities.toEntity(form, byKey.get(Companies.key(form.company())), clock);
                RecommendationEntities.apply(routed.get(i), proposal, version);
                entities.persist(proposal);
                stored.add(proposal);
            }
            entities.flush();
            if (tx.isNewTransaction()) {
                // Nothing changes after this flush; clearing spares the commit a second dirty check of every
                // proposal, recommendation and collection just written. Not inside a caller's transaction,
                // whose managed entities must stay managed.
                entities.clear();
            }
            return stored.stream().map(Proposal::getId).toList();
        });
    }

    /** externalRef → id of the stored proposals among {@code refs}, asked in slices of 1,000. */
    public Map<String, Long> existingIds(Collection<String> refs) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(refs);
        for (int from = 0; from < all.size(); from += QUERY_SLICE) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + QUERY_SLICE));
            transactions.executeWithoutResult(tx -> entities.createQuery(
                            "select p.externalRef, p.id from Proposal p where p.externalRef in :refs", Object[].class)
                    .setParameter("refs", slice).getResultList()
                    .forEach(row -> found.put((String) row[0], (Long) row[1])));
        }
        return found;
    }
}
