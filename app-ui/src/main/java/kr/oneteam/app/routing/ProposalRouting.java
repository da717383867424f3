package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalBulkInsert;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.rules.ActiveRuleset;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RoutedRecommendation;
import kr.oneteam.rules.RoutingEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Routes checked proposals through the engine and stores each with its recommendations and a {@code RECEIVE}
 * audit entry. A list is routed by one {@code routeAll} call (one ruleset version for all of it) and stored in
 * <em>one</em> transaction, so that a call either stores all it was given or nothing: a batch never half-commits.
 * Entities are built and checked by the domain model, then written as JDBC batches ({@link ProposalBulkInsert}).
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
    private final ProposalBulkInsert bulk;
    private final ObjectMapper json;
    private final Clock clock;
    /** Nanoseconds the last {@link #routeAndStore} spent routing and storing; printed by BatchIntakeBenchmark. */
    private volatile long lastRouteNanos;
    private volatile long lastStoreNanos;

    public ProposalRouting(RoutingEngine engine, RulesetVersions versions, Companies companies,
                           EntityManager entities, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                           ObjectMapper json, Clock clock,
                           @Value("${spring.jpa.properties.hibernate.jdbc.batch_size:500}") int batchSize) {
        this.engine = engine;
        this.versions = versions;
        this.companies = companies;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
        this.bulk = new ProposalBulkInsert(jdbc, batchSize);
        this.json = json;
        this.clock = clock;
    }

    /** What the engine makes of each form with the active ruleset, nothing stored (preview, and before storing). */
    public Routing route(List<ProposalForm> forms) {
        if (forms.isEmpty()) {
            return new Routing(List.of(), engine.active());
        }
        List<RoutedProposal> routed = routeAll(forms);
        ActiveRuleset active = engine.active();
        if (!active.hash().equals(routed.get(0).rulesetHash())) {
            // A new ruleset was activated while routing: route again so that the stored version is the one used.
            routed = routeAll(forms);
            active = engine.active();
        }
        return new Routing(routed, active);
    }

    /** What a given router (e.g. a stored, inactive version's) makes of each form; nothing stored. */
    public Routing route(List<ProposalForm> forms, kr.oneteam.rules.Router router) {
        return new Routing(router.routeAll(IntStream.range(0, forms.size())
                .mapToObj(i -> RulesFacts.of(i, forms.get(i))).toList()), router.ruleset());
    }

    /** The engine's answer for a list of forms, and the ruleset that gave it. */
    public record Routing(List<RoutedProposal> proposals, ActiveRuleset ruleset) {
    }

    /**
     * Routes and stores every form in one transaction, written by {@code actor}; returns the stored proposals in
     * the order of {@code forms}.
     * @throws org.springframework.dao.DataAccessException or a {@link jakarta.persistence.PersistenceException}
     *         when the database refuses, e.g. an externalRef stored by a concurrent call: then nothing is stored
     */
    public List<Stored> routeAndStore(List<ProposalForm> forms, String actor) {
        if (forms.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        Routing routing = route(forms);
        long routedAt = System.nanoTime();
        lastRouteNanos = routedAt - started;
        long versionId = versions.idOf(routing.ruleset());
        String shortHash = shortHash(routing.ruleset().hash());
        List<Stored> result = transactions.execute(tx -> {
            RulesetVersion version = entities.getReference(RulesetVersion.class, versionId);
            long t0 = System.nanoTime();
            Map<String, Company> byKey = companies.resolve(forms.stream().map(ProposalForm::company).toList());
            entities.flush();
            long t1 = System.nanoTime();
            List<Proposal> built = new ArrayList<>(forms.size());
            for (int i = 0; i < forms.size(); i++) {
                ProposalForm form = forms.get(i);
                Proposal proposal = ProposalEntities.toEntity(form, byKey.get(Companies.key(form.company())), clock);
                RecommendationEntities.apply(routing.proposals().get(i), proposal, version);
                built.add(proposal);
            }
            long t2 = System.nanoTime();
            List<Long> ids = new ArrayList<>(forms.size());
            int[] position = {0};
            ids.addAll(bulk.insert(built, id -> {
                RoutedProposal routed = routing.proposals().get(position[0]++);
                return new AuditEntry(clock, actor, id, "RECEIVE", null, receipt(versionId, shortHash, routed));
            }));
            if (tx.isNewTransaction()) {
                entities.clear();
            }
            if (forms.size() >= 100) {
                log.info("storing {}: companies {} ms, entities {} ms, rows {} ms", forms.size(), (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            }
            List<Stored> stored = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                stored.add(new Stored(ids.get(i), built.get(i).getRoutingFailure().orElse(null)));
            }
            return stored;
        });
        lastStoreNanos = System.nanoTime() - routedAt;
        if (forms.size() >= 100) {
            log.info("{} proposals routed in {} ms and stored in {} ms", forms.size(), lastRouteNanos / 1_000_000,
                    lastStoreNanos / 1_000_000);
        }
        return result;
    }

    /** {routing, storing} nanoseconds of the last routeAndStore call. */
    public long[] lastTimings() {
        return new long[] {lastRouteNanos, lastStoreNanos};
    }

    /** One stored proposal: its id, and why the rules failed on it (stored as 미분류) or null. */
    public record Stored(long id, String routingFailure) {
    }

    /** The RECEIVE entry's "after": which ruleset version routed it, and what it recommended or why it failed. */
    private String receipt(long versionId, String shortHash, RoutedProposal routed) {
        ObjectNode after = json.createObjectNode();
        after.putObject("ruleset").put("id", versionId).put("hash", shortHash);
        if (routed.failed()) {
            after.put("failure", routed.failure().toString());
        } else {
            ArrayNode recommendations = after.putArray("recommendations");
            for (RoutedRecommendation r : routed.recommendations()) {
                recommendations.addObject().put("programme", r.programme()).put("eligibility", r.eligibility().name())
                        .put("score", r.score());
            }
        }
        return after.toString();
    }

    static String shortHash(String hash) {
        int colon = hash.indexOf(':');
        String hex = hash.substring(colon + 1);
        return hash.substring(0, colon + 1) + hex.substring(0, Math.min(12, hex.length()));
    }

    private List<RoutedProposal> routeAll(List<ProposalForm> forms) {
        return engine.routeAll(IntStream.range(0, forms.size()).mapToObj(i -> RulesFacts.of(i, forms.get(i))).toList());
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
