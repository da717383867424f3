package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.RulesetProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing a ruleset (docs/decisions/050): the one way a version becomes active on every instance. The
 * files pass the whole gate — guard, compiler, scenarios, the catalogue's programme codes — then the version
 * is stored and activated in one transaction (audited {@code RULESET ACTIVATE}); this instance serves it at
 * once, the others within their poll interval, and proposals awaiting review are re-routed. A refusal
 * changes nothing, is audited {@code RULESET REFUSE} and listed at {@code /api/ruleset/problems}.
 *
 * <p>Callers check roles: the directory import runs as the system, the analysts' workspace (issue 9) behind
 * its own method security.
 */
@Service
public class RulesetPublication {

    private static final Logger log = LoggerFactory.getLogger(RulesetPublication.class);

    /**
     * What to publish, and who stands behind it. {@code effectiveAt} null: at once. {@code publicationRequestId}:
     * the workspace request being approved (null otherwise); a request already published is not published twice.
     */
    public record Request(Map<String, String> files, RulesetSource source, String sourceDetail, String requestedBy,
                          String approvedBy, String note, OffsetDateTime effectiveAt, Long publicationRequestId) {

        public Request(Map<String, String> files, RulesetSource source, String sourceDetail, String requestedBy,
                       String approvedBy, String note, OffsetDateTime effectiveAt) {
            this(files, source, sourceDetail, requestedBy, approvedBy, note, effectiveAt, null);
        }

        public Request(Map<String, String> files, RulesetSource source, String requestedBy, String approvedBy,
                       String note) {
            this(files, source, null, requestedBy, approvedBy, note, null, null);
        }
    }

    public enum Outcome {
        /** Stored and active on this instance; the others follow within the poll interval. */
        ACTIVATED,
        /** Stored; becomes active at its effective time. */
        SCHEDULED,
        /** Nothing new: that content was already active, or already published from the same change. */
        UNCHANGED,
        /** Refused by the gate; nothing stored, nothing changed. */
        REFUSED
    }

    /** The answer: the version (null when refused), its hash, and the problems that refused it. */
    public record Publication(Outcome outcome, Long versionId, String hash, List<RulesetProblem> problems) {

        public Publication {
            problems = List.copyOf(problems);
        }

        public boolean refused() {
            return outcome == Outcome.REFUSED;
        }
    }

    private final RulesetVersions versions;
    private final ServedRuleset served;
    private final Rerouting rerouting;
    private final RulesetRefusals refusals;
    private final RulesetAudit audit;
    private final CatalogueCodes catalogue;
    private final TransactionTemplate transactions;

    RulesetPublication(RulesetVersions versions, ServedRuleset served, Rerouting rerouting, RulesetRefusals refusals,
                       RulesetAudit audit, CatalogueCodes catalogue, PlatformTransactionManager transactionManager) {
        this.versions = versions;
        this.served = served;
        this.rerouting = rerouting;
        this.refusals = refusals;
        this.audit = audit;
        this.catalogue = catalogue;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Publishes {@code files} at once. */
    public Publication publish(Map<String, String> files, RulesetSource source, String requestedBy, String approvedBy,
                               String note) {
        return publish(new Request(files, source, requestedBy, approvedBy, note));
    }

    public Publication publish(Request request) {
        RulesetProvenance provenance = new RulesetProvenance(request.source(), request.sourceDetail(),
                request.requestedBy(), request.approvedBy(), request.note(), request.effectiveAt(), null,
                request.publicationRequestId());
        return publish(RulesetContent.of(request.source().name().toLowerCase(java.util.Locale.ROOT), request.files()),
                provenance, RulesetVersions.When.ALWAYS, null);
    }

    /**
     * Publishes an earlier version's content again, as a new version with source ROLLBACK. It passes the gate
     * again: the guard or the catalogue may have changed since it was first published.
     */
    public Publication rollback(long versionId, String requestedBy, String approvedBy, String note) {
        return rollback(versionId, requestedBy, approvedBy, note, null);
    }

    /** A rollback approved through the workspace request {@code publicationRequestId} (see {@link Request}). */
    public Publication rollback(long versionId, String requestedBy, String approvedBy, String note,
                                Long publicationRequestId) {
        RulesetVersions.StoredContent earlier = versions.contentOf(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no ruleset version #" + versionId));
        RulesetProvenance provenance = RulesetProvenance.rollback(requestedBy, versionId).approvedBy(approvedBy)
                .note(note);
        if (publicationRequestId != null) {
            provenance = provenance.forRequest(publicationRequestId);
        }
        return publish(earlier.content(), provenance, RulesetVersions.When.ALWAYS, null);
    }

    Publication publish(RulesetContent content, RulesetProvenance provenance, RulesetVersions.When when,
                        OffsetDateTime since) {
        Compilation admitted = RoutingEngine.admit(content, catalogue.known());
        if (!admitted.passed()) {
            refuse(RulesetVersions.channelOf(provenance.source()), provenance.requestedBy(), admitted.hash(),
                    admitted.problems());
            return new Publication(Outcome.REFUSED, null, admitted.hash(), admitted.problems());
        }
        RulesetVersions.Stored stored = versions.publish(content, admitted.router().ruleset().ruleCount(), provenance,
                when, since);
        return switch (stored.outcome()) {
            case ACTIVATED -> {
                served.serve(stored.id(), admitted.router());
                log.info("Ruleset version #{} {} published ({} from {}, {} rules) and active", stored.id(),
                        stored.hash(), provenance.source(), provenance.requestedBy(),
                        admitted.router().ruleset().ruleCount());
                rerouting.rerouteLater(stored.id());
                yield new Publication(Outcome.ACTIVATED, stored.id(), stored.hash(), List.of());
            }
            case SCHEDULED -> {
                log.info("Ruleset version #{} {} published, active from {}", stored.id(), stored.hash(),
                        provenance.effectiveAt());
                yield new Publication(Outcome.SCHEDULED, stored.id(), stored.hash(), List.of());
            }
            case UNCHANGED -> new Publication(Outcome.UNCHANGED, stored.id(), stored.hash(), List.of());
        };
    }

    /** Records a refusal (also for a Throwable out of the check) and audits it. */
    void refuse(String channel, String actor, String hash, List<RulesetProblem> problems) {
        problems.forEach(p -> log.warn("Ruleset {} refused ({}): {}", hash, channel, p));
        refusals.record(channel, hash, problems);
        transactions.executeWithoutResult(tx -> audit.refused(actor, channel, hash,
                problems.stream().map(RulesetProblem::toString).toList()));
    }

    /** Scheduled versions whose time has come become active (one instance does it; the others follow). */
    Optional<Long> activateDue() {
        Optional<RulesetVersions.Stored> activated = versions.activateDue();
        activated.ifPresent(stored -> log.info("Ruleset version #{} {} reached its effective time and is active",
                stored.id(), stored.hash()));
        return activated.map(RulesetVersions.Stored::id);
    }
}
