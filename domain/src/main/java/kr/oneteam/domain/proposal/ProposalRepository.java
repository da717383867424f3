package kr.oneteam.domain.proposal;

import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

    Optional<Proposal> findByExternalRef(String externalRef);

    boolean existsByExternalRef(String externalRef);

    /** One proposal with its company and recommendations (their reasons are a column of each) in one query. */
    @Query("select p from Proposal p join fetch p.company left join fetch p.recommendations where p.id = :id")
    Optional<Proposal> findWithRecommendationsById(@Param("id") Long id);

    Page<Proposal> findByStatus(ProposalStatus status, Pageable pageable);

    long countByStatus(ProposalStatus status);

    /**
     * Ids of proposals whose recommendations a newly activated ruleset may replace: still awaiting
     * review (NEW, AWAITING_REVIEW, NEEDS_INFO) and without any officer decision (POLICY.md §3).
     */
    @Query("select p.id from Proposal p where p.status in :statuses and not exists ("
            + "select r.id from Recommendation r where r.proposal = p and r.decision.outcome is not null)"
            + " order by p.id")
    List<Long> findIdsToReroute(@Param("statuses") Collection<ProposalStatus> statuses);

    default List<Long> findIdsToReroute() {
        return findIdsToReroute(List.of(ProposalStatus.NEW, ProposalStatus.AWAITING_REVIEW, ProposalStatus.NEEDS_INFO));
    }
}
