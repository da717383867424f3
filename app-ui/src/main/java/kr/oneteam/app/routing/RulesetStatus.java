package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetRefusal;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.ruleset.RulesetPointerRepository;
import kr.oneteam.rules.ContentHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the API and the UI tell about rulesets: the active version (the database's, the same on every
 * instance), the version this instance serves, the published versions, and the refusals that still hold.
 */
@Service
public class RulesetStatus {

    private final RulesetVersionRepository versions;
    private final RulesetPointerRepository pointers;
    private final RulesetRefusals refusals;
    private final ServedRuleset served;
    private final jakarta.persistence.EntityManager entities;

    RulesetStatus(RulesetVersionRepository versions, RulesetPointerRepository pointers, RulesetRefusals refusals,
                  ServedRuleset served, jakarta.persistence.EntityManager entities) {
        this.versions = versions;
        this.pointers = pointers;
        this.refusals = refusals;
        this.served = served;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public Optional<ActiveVersion> active() {
        return pointers.activeVersionId().flatMap(versions::findById).map(v -> ActiveVersion.of(v,
                served.versionId(), unroutedUnder(v.getId())));
    }

    /** Every published version, newest first, without files. */
    @Transactional(readOnly = true)
    public List<VersionSummary> history() {
        return versions.findAllByOrderByPublishedAtDesc().stream().map(VersionSummary::of).toList();
    }

    /** {@code file:line:column message} of every refusal that still holds, the latest first. */
    public List<String> lastProblems() {
        return refusals.current().stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** The refusals with their channel and time. */
    public List<Refusal> refusals() {
        return refusals.current().stream().map(Refusal::of).toList();
    }

    /** Open proposals on which the rules of this version failed (stored as 미분류): re-routing could not route them. */
    private long unroutedUnder(long versionId) {
        return entities.createQuery("""
                        select count(p) from Proposal p
                        where p.rulesetVersion.id = :version and p.routingFailure is not null and p.status in :open""",
                        Long.class)
                .setParameter("version", versionId)
                .setParameter("open", Rerouting.OPEN)
                .getSingleResult();
    }

    /** The active version; {@code servedHere} is the version this instance serves (the same within a poll interval). */
    public record ActiveVersion(long id, String name, String hash, String shortHash, String source,
                                String sourceDetail, int ruleCount, String requestedBy, String approvedBy,
                                String publishedBy, OffsetDateTime publishedAt, OffsetDateTime effectiveAt,
                                OffsetDateTime activatedAt, String note, Long rolledBackFrom, long servedHere,
                                long unrouted) {

        static ActiveVersion of(RulesetVersion v, long servedHere, long unrouted) {
            return new ActiveVersion(v.getId(), v.getName(), v.getContentHash(), ContentHash.shortForm(v.getContentHash()),
                    v.getSource().name(), v.getSourceDetail(), v.getRuleCount(), v.getRequestedBy(), v.getApprovedBy(),
                    v.getPublishedBy(), v.getPublishedAt(), v.getEffectiveAt(), v.getActivatedAt(), v.getNote(),
                    v.getRolledBackFrom(), servedHere, unrouted);
        }
    }

    /** One published version as the history lists it. */
    public record VersionSummary(long id, String name, String hash, String source, String sourceDetail, int ruleCount,
                                 String requestedBy, String approvedBy, OffsetDateTime publishedAt,
                                 OffsetDateTime effectiveAt, OffsetDateTime activatedAt, OffsetDateTime retiredAt,
                                 String note, Long rolledBackFrom, boolean active, boolean scheduled) {

        static VersionSummary of(RulesetVersion v) {
            return new VersionSummary(v.getId(), v.getName(), v.getContentHash(), v.getSource().name(),
                    v.getSourceDetail(), v.getRuleCount(), v.getRequestedBy(), v.getApprovedBy(), v.getPublishedAt(),
                    v.getEffectiveAt(), v.getActivatedAt(), v.getRetiredAt(), v.getNote(), v.getRolledBackFrom(),
                    v.isActive(), v.isScheduled());
        }
    }

    public record Refusal(String channel, String hash, OffsetDateTime refusedAt, List<String> problems) {

        static Refusal of(RulesetRefusal r) {
            return new Refusal(r.getChannel(), r.getContentHash(), r.getRefusedAt(), r.problems());
        }
    }
}
