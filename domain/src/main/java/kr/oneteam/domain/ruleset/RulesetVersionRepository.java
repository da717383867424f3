package kr.oneteam.domain.ruleset;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RulesetVersionRepository extends JpaRepository<RulesetVersion, Long> {

    Optional<RulesetVersion> findFirstByActiveTrueOrderByPublishedAtDesc();

    /** The version in force: the row {@link RulesetPointer} names (services keep its active flag in step). */
    default Optional<RulesetVersion> findActive() {
        return findFirstByActiveTrueOrderByPublishedAtDesc();
    }

    /** The latest version with this content (the same content may be published again, e.g. by a rollback). */
    Optional<RulesetVersion> findFirstByContentHashOrderByPublishedAtDescIdDesc(String contentHash);

    default Optional<RulesetVersion> findByContentHash(String contentHash) {
        return findFirstByContentHashOrderByPublishedAtDescIdDesc(contentHash);
    }

    boolean existsByContentHash(String contentHash);

    /** The version published for a workspace publication request, if that publication committed. */
    Optional<RulesetVersion> findByPublicationRequestId(Long publicationRequestId);

    List<RulesetVersion> findAllByOrderByPublishedAtDesc();

    /** Versions waiting for their effective time, earliest first. */
    @Query("select v from RulesetVersion v where v.active = false and v.activatedAt is null and v.retiredAt is null"
            + " order by v.effectiveAt, v.id")
    List<RulesetVersion> findScheduled();
}
