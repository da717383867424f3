package kr.oneteam.app.programme;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.Roles;
import kr.oneteam.domain.programme.ProgrammeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme catalogue with its remaining capacity; ADMIN changes capacities. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entityManager;

    ProgrammeService(ProgrammeRepository programmes, AuditLog audit, Clock clock, EntityManager entityManager) {
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public List<ProgrammeCapacity> catalogue() {
        return programmes.findAllByOrderByCodeAsc().stream().map(ProgrammeCapacity::of).toList();
    }

    @PreAuthorize(Roles.READERS)
    @Transactional(readOnly = true)
    public ProgrammeCapacity programme(String code) {
        return programmes.findById(code).map(ProgrammeCapacity::of)
                .orElseThrow(() -> new ReviewRefused("programme.unknown", code));
    }

    /**
     * Refused when the new capacity is below what officers have already reserved: the conditional UPDATE
     * decides, so a concurrent accept cannot slip under it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProgrammeCapacity changeCapacity(String code, Long capacity) {
        if (capacity != null && capacity < 0) {
            throw new ReviewRefused("programme.capacity.negative");
        }
        Programme current = programmes.findById(code).orElseThrow(() -> new ReviewRefused("programme.unknown", code));
        Long before = current.getCapacity();
        if (programmes.changeCapacity(code, capacity) == 0) {
            throw new ReviewRefused("programme.capacity.belowReserved", programmes.reservedOf(code));
        }
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "CAPACITY " + code,
                String.valueOf(before), String.valueOf(capacity)));
        // The conditional UPDATE bypassed the persistence context: read the stored state, not the copy above.
        entityManager.refresh(current);
        return ProgrammeCapacity.of(current);
    }
}
