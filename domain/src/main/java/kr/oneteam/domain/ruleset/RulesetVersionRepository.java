package kr.oneteam.domain.ruleset;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface RulesetVersionRepository extends JpaRepository<RulesetVersion, Long> {

    Optional<RulesetVersion> findFirstByActiveTrueOrderByPublishedAtDesc();

    /** The version in force; services keep exactly one active (deactivate the old one, then activate). */
    default Optional<RulesetVersion> findActive() {
        return findFirstByActiveTrueOrderByPublishedAtDesc();
    }

    Optional<RulesetVersion> findByContentHash(String contentHash);

    List<RulesetVersion> findAllByOrderByPublishedAtDesc();
}
