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
import kr.oneteam.rules.Router;
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
import java.util.concurrent.CompletableFuture;
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
    /** Proposals per routing call of a stored batch: the engine's own slice (CompiledRuleset.PROPOSALS_PER_EVALUATION). */
    static final int ROUTE_CHUNK = 1000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProposalRouting.class);

    private final RoutingEngine engine;
    private final RulesetVersions versions;
    private final Companies companies;
    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final ProposalBulkInsert bulk;
    private final ObjectMapper json;
    private final Clock clock;
    /** Where the last {@link #routeAndStore} spent its time (nanoseconds); printed by BatchIntakeBenchmark. */
    private volatile Timings lastTimings = new Timings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** For the stored-reference look-up, which binds its slice as an array ({@link #existingIds}). */
    private final JdbcTemplate jdbc;
    /** Routes the next chunk of a stored batch while the caller stores the previous one. */
    private final java.util.concurrent.ExecutorService routingThreads = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread thread = new Thread(runnable, "intake-routing");
                thread.setDaemon(true);
                return thread;
            });

    public ProposalRouting(RoutingEngine engine, RulesetVersions versions, Companies companies,
                           EntityManager entities, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                           ObjectMapper json, Clock clock,
                           @Value("${spring.jpa.properties.hibernate.jdbc.batch_size:500}") int batchSize) {
        this.engine = engine;
        this.versions = versions;
        this.companies = companies;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
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
        // One router for the whole call: every chunk is routed by the same ruleset version, the one stored with it.
        Router router = engine.router();
        long versionId = versions.idOf(router.ruleset());
        String shortHash = shortHash(router.ruleset().hash());
        // Wall time and CPU time of each phase (decision 147: the wall time of the routing thread is mostly waiting
        // for a core on a two-core machine, its CPU time is what routing costs).
        long[] routingBusy = new long[2];
        long[] buildingBusy = new long[2];
        List<CompletableFuture<List<RoutedProposal>>> routedChunks = routeInBackground(router, forms, routingBusy);
        // Entities are built as soon as a chunk is routed and the companies are known (decision 145): on the
        // routing thread for every chunk routed after the caller resolved the companies, so that the caller only
        // writes rows. Nothing waits inside the pool (a build is a continuation, not a blocking task), so calls
        // that wait for each other's locks in the database cannot starve one another's routing.
        CompletableFuture<StoreContext> ready = new CompletableFuture<>();
        List<CompletableFuture<BuiltChunk>> builtChunks = new ArrayList<>(routedChunks.size());
        for (int chunk = 0; chunk < routedChunks.size(); chunk++) {
            int from = chunk * ROUTE_CHUNK;
            builtChunks.add(routedChunks.get(chunk).thenCombine(ready, (routed, context) ->
                    timed(buildingBusy, () -> build(forms, from, routed, context, versionId, shortHash))));
        }
        long[] spent = new long[5]; // waiting for built chunks, inserting rows (wall, CPU), companies, commit
        List<Stored> result;
        try {
            result = transactions.execute(tx -> {
                long companiesStarted = System.nanoTime();
                // Loaded, not a proxy: the routing thread reads it while building, and must not touch the session.
                RulesetVersion version = entities.find(RulesetVersion.class, versionId);
                Map<String, Company> byKey = companies.resolve(forms.stream().map(ProposalForm::company).toList());
                entities.flush();
                spent[3] = System.nanoTime() - companiesStarted;
                ready.complete(new StoreContext(version, byKey));
                List<Stored> stored = new ArrayList<>(forms.size());
                for (CompletableFuture<BuiltChunk> next : builtChunks) {
                    long waitStarted = System.nanoTime();
                    BuiltChunk chunk = joined(next);
                    long insertStarted = System.nanoTime();
                    long insertCpu = THREADS.getCurrentThreadCpuTime();
                    spent[0] += insertStarted - waitStarted;
                    int[] position = {0};
                    List<Long> ids = bulk.insert(chunk.proposals(), id -> new AuditEntry(clock, actor, id, "RECEIVE",
                            null, chunk.receipts().get(position[0]++)));
                    spent[1] += System.nanoTime() - insertStarted;
                    spent[2] += THREADS.getCurrentThreadCpuTime() - insertCpu;
                    for (int i = 0; i < ids.size(); i++) {
                        stored.add(new Stored(ids.get(i), chunk.proposals().get(i).getRoutingFailure().orElse(null)));
                    }
                }
                if (tx.isNewTransaction()) {
                    entities.clear();
                }
                spent[4] = System.nanoTime();
                return stored;
            });
            spent[4] = System.nanoTime() - spent[4];
        } finally {
            ready.cancel(false);
            routedChunks.forEach(f -> f.cancel(false));
            builtChunks.forEach(f -> f.cancel(false));
        }
        // Routing overlaps storing (decision 140): its own time is counted on the routing thread, apart from what
        // the caller spent waiting for it.
        Timings timings = new Timings(System.nanoTime() - started, routingBusy[0], routingBusy[1], spent[0],
                buildingBusy[0], buildingBusy[1], spent[1], spent[2], spent[3], spent[4]);
        lastTimings = timings;
        if (forms.size() >= 100) {
            log.info("{} proposals routed and stored: {}", forms.size(), timings);
        }
        return result;
    }

    /**
     * Routes the forms chunk by chunk on the routing thread, so that the caller stores chunk k while chunk k+1
     * is routed (two cores: reading and storing on one, routing on the other). Chunks are routed in order.
     */
    private List<CompletableFuture<List<RoutedProposal>>> routeInBackground(Router router, List<ProposalForm> forms,
                                                                            long[] busy) {
        List<CompletableFuture<List<RoutedProposal>>> chunks = new ArrayList<>();
        for (int from = 0; from < forms.size(); from += ROUTE_CHUNK) {
            int first = from;
            int to = Math.min(forms.size(), from + ROUTE_CHUNK);
            if (forms.size() <= ROUTE_CHUNK) {
                // One chunk: nothing to overlap, route on the caller's thread.
                chunks.add(CompletableFuture.completedFuture(routeChunk(router, forms, 0, to, busy)));
            } else {
                chunks.add(CompletableFuture.supplyAsync(() -> routeChunk(router, forms, first, to, busy),
                        routingThreads));
            }
        }
        return chunks;
    }

    /** One chunk through the engine; at DEBUG its wall and CPU time (decision 147: the first chunks run colder). */
    private static List<RoutedProposal> routeChunk(Router router, List<ProposalForm> forms, int from, int to,
                                                   long[] busy) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        List<RoutedProposal> routed = timed(busy, () -> router.routeAll(facts(forms, from, to)));
        if (log.isDebugEnabled()) {
            log.debug("routed proposals {}–{}: {} ms, CPU {} ms", from, to - 1, (System.nanoTime() - wall) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        return routed;
    }

    /** What building a chunk's entities needs from the caller's transaction. */
    private record StoreContext(RulesetVersion version, Map<String, Company> companies) {
    }

    /** A routed chunk as entities ready to insert, with the "after" of each one's RECEIVE entry. */
    private record BuiltChunk(List<Proposal> proposals, List<String> receipts) {
    }

    /** Entities of {@code routed} (forms from {@code from} on): checked by the domain model; touches no session. */
    private BuiltChunk build(List<ProposalForm> forms, int from, List<RoutedProposal> routed, StoreContext context,
                             long versionId, String shortHash) {
        List<Proposal> built = new ArrayList<>(routed.size());
        List<String> receipts = new ArrayList<>(routed.size());
        for (int i = 0; i < routed.size(); i++) {
            ProposalForm form = forms.get(from + i);
            Proposal proposal = ProposalEntities.toEntity(form, context.companies().get(Companies.key(form.company())),
                    clock);
            RecommendationEntities.apply(routed.get(i), proposal, context.version());
            built.add(proposal);
            receipts.add(receipt(versionId, shortHash, routed.get(i)));
        }
        return new BuiltChunk(built, receipts);
    }

    /** Runs {@code work}, adding its wall time to {@code busy[0]} and the thread's CPU time to {@code busy[1]}. */
    private static <T> T timed(long[] busy, java.util.function.Supplier<T> work) {
        long started = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            long cpuSpent = THREADS.getCurrentThreadCpuTime() - cpu;
            long wallSpent = System.nanoTime() - started;
            synchronized (busy) {   // chunks run one after the other, but on whichever thread completes them
                busy[0] += wallSpent;
                busy[1] += cpuSpent;
            }
        }
    }

    private static List<kr.oneteam.rules.fact.Proposal> facts(List<ProposalForm> forms, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> RulesFacts.of(i, forms.get(i))).toList();
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @jakarta.annotation.PreDestroy
    void stopRoutingThreads() {
        routingThreads.shutdownNow();
    }

    /** Where the last routeAndStore call spent its time. */
    public Timings lastTimings() {
        return lastTimings;
    }

    /**
     * Nanoseconds of one routeAndStore call: all of it; routing (wall and CPU time, on the routing thread,
     * overlapping the rest); the caller waiting for routed and built chunks; building the entities (and checking
     * them, mostly on the routing thread too; wall and CPU); inserting their rows (the caller; wall and CPU);
     * resolving the companies before the first chunk; committing.
     */
    public record Timings(long total, long routing, long routingCpu, long waitingForRouting, long building,
                          long buildingCpu, long inserting, long insertingCpu, long companies, long commit) {

        @Override
        public String toString() {
            return String.format("%d ms (companies %d ms; routing %d ms [CPU %d ms], waited for it %d ms, building"
                            + " entities %d ms [CPU %d ms], inserting rows %d ms [CPU %d ms]; commit %d ms)",
                    total / 1_000_000, companies / 1_000_000, routing / 1_000_000, routingCpu / 1_000_000,
                    waitingForRouting / 1_000_000, building / 1_000_000, buildingCpu / 1_000_000,
                    inserting / 1_000_000, insertingCpu / 1_000_000, commit / 1_000_000);
        }
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

    /**
     * externalRef → id of the stored proposals among {@code refs}, asked in slices of 1,000.
     *
     * <p>Joined with the slice as an array ({@code unnest(?)}), not {@code external_ref in (?, …, ?)}: on PostgreSQL a
     * table that grew since its last ANALYZE (a fresh database's first batches, autovacuum not yet round) looks tiny
     * to the planner, which then scans it and compares every row with each of the 1,000 parameters; the fifth batch
     * of 10,000 spent 11 s of server CPU in that look-up (decision 152). The join drives from the array and looks
     * each ref up in the unique index whatever the statistics say, on H2 as well.
     */
    public Map<String, Long> existingIds(Collection<String> refs) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(refs);
        for (int from = 0; from < all.size(); from += QUERY_SLICE) {
            Object[] slice = all.subList(from, Math.min(all.size(), from + QUERY_SLICE)).toArray();
            transactions.executeWithoutResult(tx -> {
                entities.flush();   // as the JPQL query's automatic flush did: an enclosing call's pending proposals count
                jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
                    try (java.sql.PreparedStatement ps = c.prepareStatement(EXISTING_IDS)) {
                        ps.setArray(1, c.createArrayOf("varchar", slice));
                        try (java.sql.ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found.put(rs.getString(1), rs.getLong(2));
                            }
                        }
                    }
                    return null;
                });
            });
        }
        return found;
    }

    private static final String EXISTING_IDS =
            "select p.external_ref, p.id from unnest(?) as r(ref) join proposal p on p.external_ref = r.ref";
}
