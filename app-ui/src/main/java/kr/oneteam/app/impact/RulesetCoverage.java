package kr.oneteam.app.impact;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.routing.RulesetRouters;
import kr.oneteam.app.routing.ServedRuleset;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RuleCoverage;
import kr.oneteam.rules.fact.Proposal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coverage table of the active version (issue 7 D6, issue 9's 규칙 area): each rule, where it is, the
 * scenario cases that fire it, and on how many stored proposals it fires under the active version.
 *
 * <p>The proposals are every stored one routed now by the version this instance serves, recording which rules
 * fire ({@code Router.firingsByRule}) — not the rule ids of stored recommendations, which name only the rules that
 * gave a reason (classification and exclusion rules leave none) and, for decided proposals, an earlier version's
 * (docs/decisions/130). Read in keyset pages like the impact simulation, nothing written. The scenario part is
 * the gate's own run of the version's scenario files, kept per content hash (a version's files never change);
 * the counts are kept per version and a stamp of the proposals table (count, highest id, sum of the optimistic
 * lock versions), so asking again costs one aggregate query until a proposal is added or changed.
 *
 * <p>Counting runs on a thread of its own, once at a time per stamp however many ask ({@link #latest()}): the
 * 규칙 screen shows the last counts of the served version with the time they were made while a new count runs,
 * instead of holding the request for a routing pass over every stored proposal (seconds at 100,000). The counts
 * cannot be kept up to date proposal by proposal: which rules fire on one proposal also depends on the remaining
 * capacity, which other proposals' decisions change (docs/decisions/130).
 */
@Service
public class RulesetCoverage {

    /** ANALYST and ADMIN read the coverage; officers and machine clients do not. */
    public static final String READERS = "hasAnyRole('ANALYST','ADMIN')";

    /** Proposals per page, as the impact simulation reads them. */
    static final int PAGE = 1_000;

    /**
     * One rule: its id (the first word of its name, {@code R-PRC-01}), its whole name, file:line:column, the cases
     * that fire it ({@code file:line name}; none: the gate would refuse it), and on how many stored proposals it fires.
     */
    public record RuleRow(String ruleId, String rule, String file, int line, int column, List<String> scenarios,
                          long storedProposals) {

        public RuleRow {
            scenarios = List.copyOf(scenarios);
        }

        public static RuleRow of(RuleCoverage rule, long storedProposals) {
            int space = rule.rule().indexOf(' ');
            return new RuleRow(space < 0 ? rule.rule() : rule.rule().substring(0, space), rule.rule(), rule.file(),
                    rule.line(), rule.column(), rule.scenarios(), storedProposals);
        }
    }

    /**
     * The table of version {@code versionId} ({@code hash}) over the {@code storedProposals} stored proposals, as
     * counted at {@code countedAt}.
     */
    public record Table(long versionId, String hash, long storedProposals, Instant countedAt, List<RuleRow> rules) {

        public Table {
            rules = List.copyOf(rules);
        }
    }

    /**
     * What {@link #latest()} answers: the {@code last} table of the served version ({@code null} before its first
     * count), whether it is {@code current} (nothing stored changed since), and the {@code fresh} table — the last
     * one if current, otherwise the count now running, which completes exceptionally if counting failed.
     */
    public record Latest(Table last, boolean current, CompletableFuture<Table> fresh) {
    }

    private record Stamp(long versionId, String hash, long count, long maxId, long versions) {
    }

    private record Counted(Stamp stamp, Table table) {
    }

    private final RulesetRouters routers;
    private final QueueService queue;
    private final StoredProposals stored;
    private final EntityManager entities;
    private final TransactionTemplate readOnly;
    private final Map<String, List<RuleCoverage>> scenariosByHash = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<RuleCoverage>> eldest) {
            return size() > 4;
        }
    };
    private final Clock clock;
    private final SecurityContextHolderStrategy security;
    private final ExecutorService counter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coverage-count");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger passes = new AtomicInteger();
    /** The last finished count; guarded by {@code this}, as are the two below. */
    private Counted last;
    private Stamp runningFor;
    private CompletableFuture<Table> running;

    RulesetCoverage(RulesetRouters routers, QueueService queue, StoredProposals stored,
                    EntityManager entities, PlatformTransactionManager transactionManager, Clock clock,
                    ObjectProvider<SecurityContextHolderStrategy> security) {
        this.routers = routers;
        this.queue = queue;
        this.stored = stored;
        this.entities = entities;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        // Method security reads the application's own strategy (Vaadin's); the static holder may be another's.
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The current table of the version this instance serves: waits for a count if anything changed since the last. */
    @PreAuthorize(READERS)
    public Table ofActive() {
        try {
            return latest().fresh().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting the coverage", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new CompletionException(e.getCause());
        }
    }

    /**
     * The last table at once, and a fresh one when it is ready: starts a count on the counting thread if none runs
     * for the proposals as they are now; asking again while it runs joins it.
     */
    @PreAuthorize(READERS)
    public Latest latest() {
        ServedRuleset.Served now = routers.active();
        Stamp stamp = stamp(now);
        synchronized (this) {
            Table shown = last != null && last.stamp().versionId() == stamp.versionId() ? last.table() : null;
            if (last != null && last.stamp().equals(stamp)) {
                return new Latest(shown, true, CompletableFuture.completedFuture(shown));
            }
            if (running == null || !stamp.equals(runningFor)) {
                runningFor = stamp;
                running = count(now, stamp);
            }
            return new Latest(shown, false, running);
        }
    }

    @PreDestroy
    void stop() {
        counter.shutdownNow();
    }

    /** How many counting passes ran (tests: asking while one runs joins it). */
    int passes() {
        return passes.get();
    }

    private CompletableFuture<Table> count(ServedRuleset.Served now, Stamp stamp) {
        CompletableFuture<Table> result = new CompletableFuture<>();
        // The caller was allowed to read the coverage: the count reads the proposals on its behalf.
        DelegatingSecurityContextRunnable onBehalf = new DelegatingSecurityContextRunnable(() -> {
            try {
                passes.incrementAndGet();
                Table table = table(now, stamp);
                synchronized (this) {
                    last = new Counted(stamp, table);
                    if (running == result) {
                        running = null;
                    }
                }
                result.complete(table);
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    if (running == result) {
                        running = null; // the next question tries again
                    }
                }
                result.completeExceptionally(e);
            }
        }, security.getContext());
        onBehalf.setSecurityContextHolderStrategy(security);
        counter.execute(onBehalf);
        return result;
    }

    private Table table(ServedRuleset.Served now, Stamp stamp) {
        List<RuleCoverage> scenarios = scenarioCoverage(now);
        Map<String, Integer> byRule = new HashMap<>();
        long proposals = 0;
        long after = 0;
        while (true) {
            List<Long> ids = queue.idsAfter(QueueFilter.none(), after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            List<Proposal> facts = stored.page(ids).stream().map(StoredProposal::facts).toList();
            now.router().firingsByRule(facts).forEach((rule, n) -> byRule.merge(rule, n, Integer::sum));
            proposals += facts.size();
            after = ids.get(ids.size() - 1);
        }
        List<RuleRow> rows = new ArrayList<>(scenarios.size());
        for (RuleCoverage rule : scenarios) {
            rows.add(RuleRow.of(rule, byRule.getOrDefault(rule.rule(), 0)));
        }
        return new Table(stamp.versionId(), stamp.hash(), proposals, clock.instant(), rows);
    }

    private Stamp stamp(ServedRuleset.Served now) {
        Object[] row = readOnly.execute(tx -> entities.createQuery(
                "select count(p), coalesce(max(p.id), 0), coalesce(sum(p.version), 0) from Proposal p", Object[].class)
                .getSingleResult());
        return new Stamp(now.versionId(), now.router().hash(), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    private List<RuleCoverage> scenarioCoverage(ServedRuleset.Served now) {
        String hash = now.router().hash();
        synchronized (scenariosByHash) {
            List<RuleCoverage> known = scenariosByHash.get(hash);
            if (known != null) {
                return known;
            }
        }
        Compilation checked = routers.checkVersion(now.versionId())
                .orElseThrow(() -> new IllegalStateException("the served version #" + now.versionId() + " is not stored"));
        if (checked.coverage().isEmpty()) {
            throw new IllegalStateException("the scenarios of the served version #" + now.versionId()
                    + " did not run: " + checked.problems());
        }
        synchronized (scenariosByHash) {
            scenariosByHash.put(hash, checked.coverage());
        }
        return checked.coverage();
    }
}
