package kr.oneteam.domain.recommendation;

import kr.oneteam.domain.programme.ProgrammeCode;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Read access for reports; recommendations are written through their proposal (cascade). */
public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByProposalIdOrderByRankAsc(Long proposalId);

    long countByProgramme(ProgrammeCode programme);

    @Query("select r.rulesetHash, count(r) from Recommendation r group by r.rulesetHash")
    List<Object[]> countByRulesetHash();

    @Query("select count(r) from Recommendation r where r.programme = :programme and r.decision.outcome = "
            + "kr.oneteam.domain.vocabulary.DecisionOutcome.ACCEPTED")
    long countAccepted(@Param("programme") ProgrammeCode programme);
}
