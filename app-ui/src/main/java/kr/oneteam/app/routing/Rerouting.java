package kr.oneteam.app.routing;

import jakarta.annotation.PreDestroy;
import kr.oneteam.app.proposal.ProposalEntities;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.ruleset.RulesetPointer;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * After an activation, every proposal still open with no officer decision is routed again with the active
 * version, a page at a time; decided proposals keep their recommendations and the version that made them
 * (POLICY.md §3). A rule that fails on some proposals does not stop it: they are stored as 미분류 with the
 * failure, counted and logged. Each re-routed proposal gets a {@code REROUTE} audit entry (before: its old
 * version; after: the new one and the outcome), written in the page's transaction with JDBC batching.
 *
 * <p>Safe when several instances do it at once (docs/decisions/050): a page re-checks, inside its
 * transaction, that its version is still the one the pointer names (holding a shared lock on the pointer, so
 * a publication waits for it), and proposals are optimistically locked, so a proposal re-routed by another
 * instance in the meantime makes this page roll back and start again without it. Each proposal is therefore
 * re-routed once per version, with one {@code REROUTE} entry.
 */
@Service
public class Rerouting {

    static final int PAGE = 500;
    static final String REROUTE = "REROUTE";
    static final List<ProposalStatus> OPEN =
            List.of(ProposalStatus.NEW, ProposalStatus.AWAITING_REVIEW, ProposalStatus.NEEDS_INFO);
    private static final int ATTEMPTS_PER_PAGE = 5;
    private static final Logger log = LoggerFactory.getLogger(Rerouting.class);

    /** What one pass did: how many proposals it re-routed, and on how many of them a rule failed. */
    public record Report(long versionId, int rerouted, int failed, List<Long> failedIds, Instant finishedAt,
                         long elapsedMillis, boolean superseded) {
    }

    private final ServedRuleset served;
    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final RulesetAudit json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rerouting");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Report> last = new AtomicReference<>();

    Rerouting(ServedRuleset served, EntityManager entities, PlatformTransactionManager transactionManager,
              AuditLog audit, RulesetAudit json, Clock clock) {
        this.served = served;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Re-routes for {@code versionId} on the re-routing thread (one pass at a time on this instance). */
    public void rerouteLater(long versionId) {
        worker.submit(() -> {
            try {
                reroute(versionId);
            } catch (RuntimeException e) {
                log.error("Re-routing for ruleset version #{} stopped; the next sweep takes it up again", versionId, e);
            }
        });
    }

    /** The last pass this instance finished, if any. */
    public java.util.Optional<Report> lastReport() {
        return java.util.Optional.ofNullable(last.get());
    }

    /**
     * Re-routes every open, undecided proposal not yet routed by {@code versionId}, as long as this instance
     * serves that version and it is the active one. Safe to call from several threads and instances at once.
     */
    public Report reroute(long versionId) {
        ServedRuleset.Served now = served.current();
        if (now.versionId() != versionId) {
            return finish(new Report(versionId, 0, 0, List.of(), clock.instant(), 0, true));
        }
        Router router = now.router();
        long started = System.nanoTime();
        int rerouted = 0;
        List<Long> failed = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Long> page = nextPage(after, versionId);
            if (page.isEmpty()) {
                break;
            }
            PageResult done = reroutePageWithRetries(page, versionId, router);
            if (done == null) {
                log.info("Ruleset version #{} is no longer active; the newer activation re-routes", versionId);
                return finish(new Report(versionId, rerouted, failed.size(), failed, clock.instant(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis(), true));
            }
            rerouted += done.rerouted();
            failed.addAll(done.failed());
            after = page.get(page.size() - 1);
        }
        if (!failed.isEmpty()) {
            log.warn("Re-routing for ruleset version #{}: the rules failed on {} proposal(s), stored as 미분류: {}",
                    versionId, failed.size(), failed.size() <= 50 ? failed : failed.subList(0, 50) + " …");
        }
        if (rerouted > 0 || !failed.isEmpty()) {
            log.info("Ruleset version #{} {}: re-routed {} proposal(s) awaiting review in {} ms ({} could not be routed)",
                    versionId, router.hash(), rerouted, Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    failed.size());
        }
        return finish(new Report(versionId, rerouted, failed.size(), List.copyOf(failed), clock.instant(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), false));
    }

    private Report finish(Report report) {
        last.set(report);
        return report;
    }

    private record PageResult(int rerouted, List<Long> failed) {
    }

    /** Null when the version is no longer active. */
    private PageResult reroutePageWithRetries(List<Long> ids, long versionId, Router router) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> reroutePage(ids, versionId, router));
            } catch (RuntimeException e) {
                // Another instance re-routed (or an officer decided) one of these meanwhile: start the page again;
                // what is done now is filtered out by the re-check inside the transaction.
                if (!lostARace(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS_PER_PAGE) {
                    log.warn("Re-routing a page for version #{} lost {} races; the next sweep takes it up", versionId,
                            attempt);
                    return new PageResult(0, List.of());
                }
            }
        }
    }

    /** An optimistic-lock conflict, a lock wait that timed out or a deadlock: concurrency, not a bug. */
    static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    /** Keyset paging: the next ids after {@code after} still open, undecided, routed by another version. */
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

    private PageResult reroutePage(List<Long> ids, long versionId, Router router) {
        // Shared lock on the pointer: a publication waits until this page is stored, and a page that starts
        // after a publication sees it and stops.
        RulesetPointer pointer = entities.find(RulesetPointer.class, RulesetPointer.ID, LockModeType.PESSIMISTIC_READ);
        if (pointer == null || pointer.getActiveVersionId() == null || pointer.getActiveVersionId() != versionId) {
            return null;
        }
        List<Proposal> page = entities.createQuery("""
                        select distinct p from Proposal p join fetch p.company left join fetch p.recommendations
                        where p.id in :ids order by p.id""", Proposal.class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(p -> OPEN.contains(p.getStatus()) && p.getRecommendations().stream().noneMatch(Recommendation::isDecided)
                        && (p.getRulesetVersion() == null || p.getRulesetVersion().getId() != versionId))
                .toList();
        if (page.isEmpty()) {
            return new PageResult(0, List.of());
        }
        List<RoutedProposal> routed = router.routeAll(page.stream()
                .map(p -> RulesFacts.of(p.getId(), ProposalEntities.toForm(p))).toList());
        RulesetVersion version = entities.getReference(RulesetVersion.class, versionId);
        List<Long> failed = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Proposal proposal = page.get(i);
            RoutedProposal result = routed.get(i);
            String before = json.write(versionOf(proposal));
            // Most proposals come out of an activation as they went in: then only the version they name changes.
            if (result.failed() || !proposal.reroutedUnchanged(RecommendationEntities.of(result), version)) {
                RecommendationEntities.apply(result, proposal, version);
            }
            audit.save(new AuditEntry(clock, RulesetVersions.SYSTEM, proposal.getId(), REROUTE, before,
                    json.write(outcome(versionId, router.hash(), result))));
            if (result.failed()) {
                failed.add(proposal.getId());
            }
        }
        entities.flush();
        return new PageResult(page.size(), failed);
    }

    private static Map<String, Object> versionOf(Proposal proposal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", proposal.getRulesetVersion() == null ? null : proposal.getRulesetVersion().getId());
        m.put("hash", proposal.getRulesetHash());
        return m;
    }

    private static Map<String, Object> outcome(long versionId, String hash, RoutedProposal result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", versionId);
        m.put("hash", hash);
        if (result.failed()) {
            m.put("failure", result.failure().toString());
        } else {
            m.put("recommendations", result.recommendations().stream()
                    .map(r -> r.programme() + " " + r.eligibility()).toList());
        }
        return m;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
