package kr.oneteam.domain.workspace;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PublicationRequestRepository extends JpaRepository<PublicationRequest, Long> {

    List<PublicationRequest> findAllByOrderByRequestedAtDescIdDesc();

    List<PublicationRequest> findByStatusOrderByRequestedAtAscIdAsc(RequestStatus status);

    boolean existsByDraftIdAndStatus(Long draftId, RequestStatus status);

    /** SELECT … FOR UPDATE: two approvers (on two instances) decide one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PublicationRequest r where r.id = :id")
    Optional<PublicationRequest> findForUpdate(Long id);
}
