package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.app.routing.ProposalRouting;
import kr.oneteam.app.routing.ProposalRouting.Stored;
import kr.oneteam.rules.RoutedProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one way in for proposals, used by the API, the form and the demo loader alike: read strictly and check,
 * refuse duplicates of an externalRef, then route and store. Nothing of a refused item is stored.
 *
 * <p>Storing is one transaction per call. When the database refuses it because a concurrent call stored the
 * same externalRef (or created the same company) first, nothing of it was stored: the intake looks again,
 * answers duplicate for what now exists and stores the rest; so twenty simultaneous submissions of one
 * externalRef give one 201 and nineteen 409s, and never a 500.
 *
 * <p>Batches and previews hold up to 64 MB of body each; at most {@code oneteam.intake.parallel-batches} are
 * read at once, item by item from the stream, so that many large bodies at once cannot exhaust the heap.
 */
@Service
public class IntakeService {

    public static final int BATCH_MAX = 10_000;
    static final String SYSTEM = "system";
    private static final int STORE_ATTEMPTS = 4;
    /** Parsed items validated together (in parallel) before the next are parsed. */
    private static final int READ_CHUNK = 256;
    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final ProposalReader reader;
    private final ProgrammeCodes programmeCodes;
    private final ProposalRouting routing;
    private final Semaphore largeBodies;
    /** Nanoseconds the last batch spent reading and checking its items (BatchIntakeBenchmark prints it). */
    private volatile long lastReadNanos;
    /** Nanoseconds the last store spent looking up which externalRefs are stored already (all attempts). */
    private volatile long lastLookupNanos;

    public IntakeService(ProposalReader reader, ProgrammeCodes programmeCodes, ProposalRouting routing,
                         @Value("${oneteam.intake.parallel-batches:2}") int parallelBatches) {
        this.reader = reader;
        this.programmeCodes = programmeCodes;
        this.routing = routing;
        this.largeBodies = new Semaphore(parallelBatches, true);
    }

    /**
     * @return the stored proposal
     * @throws InvalidProposalException listing every invalid field
     * @throws DuplicateProposalException when its externalRef is already stored
     */
    public Stored submit(InputStream body, String actor) {
        return submit(StrictJson.readOne(BodyLimit.cap(body, BodyLimit.ONE_PROPOSAL)), actor);
    }

    public Stored submit(JsonNode json, String actor) {
        Reading reading = reader.read(json);
        if (!reading.valid()) {
            throw new InvalidProposalException(reading.problems());
        }
        BatchOutcome outcome = store(List.of(reading), actor).get(0);
        return switch (outcome.status()) {
            case CREATED -> new Stored(outcome.id(), outcome.routingFailure());
            case DUPLICATE -> throw new DuplicateProposalException(reading.form().externalRef(), outcome.existingId());
            case REJECTED -> throw new InvalidProposalException(outcome.problems());
        };
    }

    /** A batch body: a JSON array of up to {@link #BATCH_MAX} proposals, each taken or refused on its own. */
    public List<BatchOutcome> submitBatch(InputStream body, String actor) {
        return withLargeBody(() -> {
            long started = System.nanoTime();
            List<Reading> readings = readAll(body, true);
            lastReadNanos = System.nanoTime() - started;
            List<BatchOutcome> outcomes = store(readings, actor);
            if (log.isDebugEnabled()) {
                // One line per batch: BatchIntakeBenchmark runs the app as its own process and reads its split here.
                log.debug("Batch timings: items={} call={} lookups={} {}", readings.size(), System.nanoTime() - started,
                        lastLookupNanos, lastBatchTimings().toLogFields());
            }
            return outcomes;
        });
    }

    /** Nanoseconds the last batch spent reading and checking its items, and where routing and storing spent theirs. */
    public BatchTimings lastBatchTimings() {
        return new BatchTimings(lastReadNanos, routing.lastTimings());
    }

    public record BatchTimings(long reading, ProposalRouting.Timings routeAndStore) {

        /** {@code name=nanoseconds} pairs, space-separated, in a fixed order that a log reader can parse. */
        public String toLogFields() {
            ProposalRouting.Timings t = routeAndStore;
            return "reading=" + reading + (t == null ? "" : " total=" + t.total() + " companies=" + t.companies()
                    + " routing=" + t.routing() + " routingCpu=" + t.routingCpu() + " waited=" + t.waitingForRouting()
                    + " building=" + t.building() + " buildingCpu=" + t.buildingCpu() + " inserting=" + t.inserting()
                    + " insertingCpu=" + t.insertingCpu() + " commit=" + t.commit());
        }
    }

    /** The demo loader's way in: the same as a batch body. */
    public List<BatchOutcome> submitBatch(JsonNode items, String actor) {
        if (items == null || !items.isArray()) {
            throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.batch.notArray")));
        }
        if (items.size() > BATCH_MAX) {
            throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.batch.tooLarge", BATCH_MAX)));
        }
        Set<String> known = programmeCodes.known();
        List<Reading> readings = new ArrayList<>(items.size());
        items.forEach(item -> readings.add(reader.read(item, known)));
        return store(readings, actor);
    }

    /**
     * Validates and routes one proposal or an array of them exactly like a submission, storing nothing.
     * @return one preview per item; {@code single} tells whether the body was one object rather than an array
     */
    public Previews preview(InputStream body) {
        return preview(body, null);
    }

    /** The same with {@code router} (a stored version's) instead of the active ruleset, when not null. */
    public Previews preview(InputStream body, kr.oneteam.rules.Router router) {
        return withLargeBody(() -> {
            List<Reading> readings = new ArrayList<>();
            boolean[] single = {false};
            Set<String> known = programmeCodes.known();
            StrictJson.readOneOrMany(BodyLimit.cap(body, BodyLimit.BATCH), BATCH_MAX, false, (index, item) -> {
                single[0] = index < 0;
                readings.add(reader.read(item, known));
            });
            List<ProposalForm> valid = readings.stream().filter(Reading::valid).map(Reading::form).toList();
            ProposalRouting.Routing routed = router == null ? routing.route(valid) : routing.route(valid, router);
            List<Preview> previews = new ArrayList<>(readings.size());
            int next = 0;
            for (int i = 0; i < readings.size(); i++) {
                previews.add(readings.get(i).valid() ? new Preview(i, routed.proposals().get(next++), List.of())
                        : new Preview(i, null, readings.get(i).problems()));
            }
            return new Previews(single[0], routed.ruleset().hash(), previews);
        });
    }

    /** What the rules would make of each previewed item (or its problems), and with which ruleset. */
    public record Previews(boolean single, String rulesetHash, List<Preview> items) {
    }

    public record Preview(int index, RoutedProposal routed, List<FieldProblem> problems) {

        public boolean valid() {
            return routed != null;
        }
    }

    private List<Reading> readAll(InputStream body, boolean arrayRequired) {
        Set<String> known = programmeCodes.known();
        List<Reading> readings = new ArrayList<>();
        List<JsonNode> pending = new ArrayList<>(READ_CHUNK);
        StrictJson.readOneOrMany(BodyLimit.cap(body, BodyLimit.BATCH), BATCH_MAX, arrayRequired, (index, item) -> {
            pending.add(item);
            if (pending.size() == READ_CHUNK) {
                readChunk(pending, known, readings);
            }
        });
        readChunk(pending, known, readings);
        return readings;
    }

    /**
     * Validates a chunk of parsed items on all cores (items are independent; the schema validator is thread-safe),
     * keeping their order; chunks bound how many parsed trees are held at once.
     */
    private void readChunk(List<JsonNode> items, Set<String> known, List<Reading> readings) {
        if (items.size() < 4) {
            items.forEach(item -> readings.add(reader.read(item, known)));
        } else {
            readings.addAll(items.parallelStream().map(item -> reader.read(item, known)).toList());
        }
        items.clear();
    }

    private <T> T withLargeBody(java.util.function.Supplier<T> work) {
        try {
            if (!largeBodies.tryAcquire(2, TimeUnit.MINUTES)) {
                throw new IntakeBusyException();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IntakeBusyException();
        }
        try {
            return work.get();
        } finally {
            largeBodies.release();
        }
    }

    /**
     * Takes or refuses each item on its own. Duplicates inside the list and against the database are found
     * with set-based queries; the valid rest is routed by one engine call and stored in one transaction.
     */
    List<BatchOutcome> store(List<Reading> readings, String actor) {
        BatchOutcome[] outcomes = new BatchOutcome[readings.size()];
        Map<String, Integer> firstIndexOfRef = new HashMap<>();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading reading = readings.get(i);
            if (!reading.valid()) {
                outcomes[i] = BatchOutcome.rejected(i, reading.problems());
                continue;
            }
            String ref = reading.form().externalRef();
            if (ref == null || firstIndexOfRef.putIfAbsent(ref, i) == null) {
                candidates.add(i);
            }
        }
        List<Integer> pending = new ArrayList<>(candidates);
        lastLookupNanos = 0;
        for (int attempt = 1; attempt <= STORE_ATTEMPTS && !pending.isEmpty(); attempt++) {
            pending = withoutStored(pending, readings, outcomes);
            try {
                storeAll(pending, readings, outcomes, actor);
                pending = List.of();
            } catch (RuntimeException refused) {
                if (!StoreConflicts.isConflict(refused)) {
                    throw refused;
                }
                log.info("Storing {} proposal(s) met a concurrent store (attempt {}): {}", pending.size(), attempt,
                        refused.getMessage());
            }
        }
        for (int i : withoutStored(pending, readings, outcomes)) {
            storeAlone(i, readings, outcomes, actor);
        }
        for (int i = 0; i < readings.size(); i++) {
            if (outcomes[i] == null) {
                // A repeat of an externalRef earlier in this list: the same proposal as that item.
                int first = firstIndexOfRef.get(readings.get(i).form().externalRef());
                BatchOutcome original = outcomes[first];
                outcomes[i] = original.created() ? BatchOutcome.duplicate(i, original.id())
                        : original.status() == BatchOutcome.Status.DUPLICATE
                        ? BatchOutcome.duplicate(i, original.existingId())
                        : BatchOutcome.rejected(i, List.of(FieldProblem.of("externalRef", "intake.duplicateRefInBatch", first)));
            }
        }
        return List.of(outcomes);
    }

    /** Marks as duplicates the items whose externalRef is stored by now; returns the others. */
    private List<Integer> withoutStored(List<Integer> items, List<Reading> readings, BatchOutcome[] outcomes) {
        List<String> refs = items.stream().map(i -> readings.get(i).form().externalRef()).filter(Objects::nonNull).toList();
        long started = System.nanoTime();
        Map<String, Long> stored = refs.isEmpty() ? Map.of() : routing.existingIds(refs);
        lastLookupNanos += System.nanoTime() - started;
        List<Integer> rest = new ArrayList<>(items.size());
        for (int i : items) {
            String ref = readings.get(i).form().externalRef();
            Long existing = ref == null ? null : stored.get(ref);
            if (existing != null) {
                outcomes[i] = BatchOutcome.duplicate(i, existing);
            } else {
                rest.add(i);
            }
        }
        return rest;
    }

    private void storeAll(List<Integer> items, List<Reading> readings, BatchOutcome[] outcomes, String actor) {
        List<Stored> stored = routing.routeAndStore(items.stream().map(i -> readings.get(i).form()).toList(), actor);
        for (int k = 0; k < items.size(); k++) {
            int index = items.get(k);
            outcomes[index] = BatchOutcome.created(index, stored.get(k).id(), stored.get(k).routingFailure());
        }
    }

    /** The last resort after repeated conflicts: each item in its own transaction, so one cannot sink the rest. */
    private void storeAlone(int index, List<Reading> readings, BatchOutcome[] outcomes, String actor) {
        try {
            storeAll(List.of(index), readings, outcomes, actor);
        } catch (RuntimeException refused) {
            if (!StoreConflicts.isConflict(refused)) {
                throw refused;
            }
            withoutStored(List.of(index), readings, outcomes);
            if (outcomes[index] == null) {
                log.warn("Proposal item {} could not be stored after {} attempts", index, STORE_ATTEMPTS, refused);
                outcomes[index] = BatchOutcome.rejected(index, List.of(FieldProblem.of("$", "intake.storeFailed")));
            }
        }
    }
}
