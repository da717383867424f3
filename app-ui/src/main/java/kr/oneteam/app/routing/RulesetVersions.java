package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetHash;
import kr.oneteam.domain.ruleset.RulesetPointer;
import kr.oneteam.domain.ruleset.RulesetPointerRepository;
import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.rules.ActiveRuleset;
import kr.oneteam.rules.RulesetContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published versions in the database (docs/decisions/050). Storing a version and moving the pointer to
 * it happen in one transaction that first locks the pointer row, so publications on several instances
 * happen one after the other, exactly one version is active, and a condition checked under the lock (the
 * database is still empty; the directory's content is not already published) holds when the row is written.
 */
@Service
public class RulesetVersions {

    static final String SYSTEM = "system";

    /** When a publication is written. */
    enum When {
        /** Always a new version (workspace, rollback). */
        ALWAYS,
        /** Unless the active version has this content, or a version with it was published since the change was seen (directory). */
        UNLESS_ALREADY_PUBLISHED,
        /** Only when no version is active yet (the seed). */
        ONLY_INTO_EMPTY
    }

    enum Outcome { ACTIVATED, SCHEDULED, UNCHANGED }

    /** What a publication wrote: the version id (the existing one when unchanged), its hash, and the version it replaced. */
    record Stored(long id, String hash, Outcome outcome, Long previousId) {
    }

    private final RulesetVersionRepository versions;
    private final RulesetPointerRepository pointers;
    private final RulesetAudit audit;
    private final RulesetRefusals refusals;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Which version this instance serves; looked up late, because the engine is built from what this class stores. */
    private final ObjectProvider<ServedRuleset> served;

    RulesetVersions(RulesetVersionRepository versions, RulesetPointerRepository pointers, RulesetAudit audit,
                    RulesetRefusals refusals, PlatformTransactionManager transactionManager, Clock clock,
                    ObjectProvider<ServedRuleset> served) {
        this.versions = versions;
        this.pointers = pointers;
        this.audit = audit;
        this.refusals = refusals;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.served = served;
    }

    /**
     * The id of the stored version that {@code active} is: the one this instance serves when the hashes
     * agree, else the latest version with that content. Intake stores proposals under it.
     */
    public long idOf(ActiveRuleset active) {
        ServedRuleset.Served now = served.getObject().current();
        if (now.router().hash().equals(active.hash())) {
            return now.versionId();
        }
        return transactions.execute(tx -> versions.findByContentHash(active.hash()).map(RulesetVersion::getId))
                .orElseThrow(() -> new IllegalStateException("ruleset " + active.hash() + " is no published version"));
    }

    /** The id the pointer names; empty before the first publication into an empty database. */
    Optional<Long> activeId() {
        return transactions.execute(tx -> pointers.activeVersionId());
    }

    /** Whether any version, active or not, ever had this content. */
    boolean published(String hash) {
        return Boolean.TRUE.equals(transactions.execute(tx -> versions.existsByContentHash(hash)));
    }

    Optional<String> activeHash() {
        return transactions.execute(tx -> pointers.activeVersionId().flatMap(versions::findById)
                .map(RulesetVersion::getContentHash));
    }

    /** The stored files of a version, as the engine reads them; the stored hash comes along to be checked. */
    Optional<StoredContent> contentOf(long id) {
        return transactions.execute(tx -> versions.findById(id).map(v -> {
            TreeMap<String, String> files = new TreeMap<>();
            v.getFiles().forEach(f -> files.put(f.path(), f.content()));
            return new StoredContent(id, v.getContentHash(), RulesetContent.of("version #" + id, files));
        }));
    }

    record StoredContent(long id, String storedHash, RulesetContent content) {

        boolean intact() {
            return content.readProblems().isEmpty() && content.hash().equals(storedHash);
        }
    }

    /**
     * Stores a version that passed the gate and, unless it is scheduled for later, makes it the active one;
     * audited in the same transaction. {@code since}: when a directory change was seen (for
     * {@link When#UNLESS_ALREADY_PUBLISHED}).
     */
    Stored publish(RulesetContent content, int ruleCount, RulesetProvenance provenance, When when,
                   OffsetDateTime since) {
        String hash = content.hash();
        List<RulesetFile> files = content.files().entrySet().stream()
                .map(f -> new RulesetFile(f.getKey(), f.getValue())).toList();
        return transactions.execute(tx -> {
            RulesetPointer pointer = pointers.lock();
            RulesetVersion current = pointer.getActiveVersionId() == null ? null
                    : versions.findById(pointer.getActiveVersionId()).orElseThrow();
            Optional<Stored> answered = alreadyPublishedFor(provenance);
            if (answered.isPresent()) {
                return answered.get();
            }
            Optional<Stored> skip = skip(when, current, hash, since);
            if (skip.isPresent()) {
                return skip.get();
            }
            RulesetVersion next = versions.saveAndFlush(new RulesetVersion(RulesetHash.parse(hash), files, ruleCount,
                    provenance, clock));
            String actor = provenance.publishedBy();
            if (provenance.source() == RulesetSource.DIRECTORY) {
                audit.imported(actor, next);
            }
            if (next.getEffectiveAt() != null && next.getEffectiveAt().isAfter(OffsetDateTime.now(clock))) {
                audit.scheduled(actor, next);
                return new Stored(next.getId(), hash, Outcome.SCHEDULED, current == null ? null : current.getId());
            }
            pointer.moveTo(next, current, clock);
            audit.activated(actor, current, next);
            refusals.clearInCurrentTransaction(channelOf(provenance.source()), hash);
            return new Stored(next.getId(), hash, Outcome.ACTIVATED, current == null ? null : current.getId());
        });
    }

    /**
     * A publication request that was already published: its approver's instance committed the version and died
     * before it marked the request approved (decision 090). Approving again must not publish the content again.
     */
    private Optional<Stored> alreadyPublishedFor(RulesetProvenance provenance) {
        if (provenance.publicationRequestId() == null) {
            return Optional.empty();
        }
        return versions.findByPublicationRequestId(provenance.publicationRequestId())
                .map(v -> new Stored(v.getId(), v.getContentHash(), Outcome.UNCHANGED, null));
    }

    private Optional<Stored> skip(When when, RulesetVersion current, String hash, OffsetDateTime since) {
        if (current == null || when == When.ALWAYS) {
            return Optional.empty();
        }
        Stored unchanged = new Stored(current.getId(), current.getContentHash(), Outcome.UNCHANGED, null);
        if (when == When.ONLY_INTO_EMPTY || current.getContentHash().equals(hash)) {
            return Optional.of(unchanged);
        }
        // Another instance watching the same directory published this content since the change was seen.
        Optional<RulesetVersion> latest = versions.findByContentHash(hash);
        if (since != null && latest.isPresent() && !latest.get().getPublishedAt().isBefore(since)) {
            return Optional.of(new Stored(latest.get().getId(), hash, Outcome.UNCHANGED, null));
        }
        return Optional.empty();
    }

    static String channelOf(RulesetSource source) {
        return source == RulesetSource.DIRECTORY ? RulesetRefusals.DIRECTORY : RulesetRefusals.PUBLICATION;
    }

    /**
     * Activates the scheduled versions whose effective time has come: the latest of them becomes active, any
     * earlier one is passed over (retired unactivated). Empty when none was due, or another instance did it.
     */
    Optional<Stored> activateDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean anyDue = Boolean.TRUE.equals(transactions.execute(tx ->
                versions.findScheduled().stream().anyMatch(v -> v.isDue(now))));
        if (!anyDue) {
            return Optional.empty();
        }
        return transactions.execute(tx -> {
            RulesetPointer pointer = pointers.lock();
            List<RulesetVersion> due = versions.findScheduled().stream().filter(v -> v.isDue(now))
                    .sorted(Comparator.comparing(RulesetVersion::getEffectiveAt).thenComparing(RulesetVersion::getId))
                    .toList();
            if (due.isEmpty()) {
                return Optional.empty();
            }
            RulesetVersion next = due.get(due.size() - 1);
            due.subList(0, due.size() - 1).forEach(v -> v.retire(clock));
            RulesetVersion current = pointer.getActiveVersionId() == null ? null
                    : versions.findById(pointer.getActiveVersionId()).orElseThrow();
            pointer.moveTo(next, current, clock);
            audit.activated(next.getPublishedBy(), current, next);
            refusals.clearInCurrentTransaction(channelOf(next.getSource()), next.getContentHash());
            return Optional.of(new Stored(next.getId(), next.getContentHash(), Outcome.ACTIVATED,
                    current == null ? null : current.getId()));
        });
    }
}
