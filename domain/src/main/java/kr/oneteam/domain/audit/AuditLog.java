package kr.oneteam.domain.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's only door: append and read. Extends the bare {@link Repository} on purpose, so there
 * is no delete, deleteAll or saveAll-with-update path; entries are {@code @Immutable} besides.
 */
public interface AuditLog extends Repository<AuditEntry, Long> {

    /** Appends one entry (the entry is new; an existing one is never updated). */
    AuditEntry save(AuditEntry entry);

    Optional<AuditEntry> findById(Long id);

    List<AuditEntry> findByProposalIdOrderByAtAscIdAsc(Long proposalId);

    Page<AuditEntry> findAllByOrderByAtDescIdDesc(Pageable pageable);

    List<AuditEntry> findByAtBetweenOrderByAtAscIdAsc(OffsetDateTime from, OffsetDateTime to);

    List<AuditEntry> findByActorOrderByAtDesc(String actor);

    long count();
}
