package kr.oneteam.domain.review;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

/** Follow-ups across proposals, for "due this week" lists; changes go through {@code Proposal}. */
public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** Open follow-ups due on or before {@code day}, soonest first, with their proposal. */
    @EntityGraph(attributePaths = "proposal")
    Page<FollowUp> findByDoneFalseAndDueLessThanEqualOrderByDueAscIdAsc(LocalDate day, Pageable pageable);

    @EntityGraph(attributePaths = "proposal")
    List<FollowUp> findByOwnerAndDoneFalseOrderByDueAscIdAsc(String owner);

    long countByDoneFalseAndDueBefore(LocalDate day);
}
