package kr.oneteam.app.programme;

import java.util.List;
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

    ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
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
        if (programmes.changeCapacity(code, capacity) == 0) {
            throw new ReviewRefused("programme.capacity.belowReserved", programmes.reservedOf(code));
        }
        return programme(code);
    }
}
