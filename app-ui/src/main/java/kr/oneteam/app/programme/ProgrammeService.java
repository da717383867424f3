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
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.programme.ProgrammeRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme catalogue with its remaining capacity. ANALYST and ADMIN add and describe programmes (the
 * catalogue travels with the rules: a ruleset may name only programmes it has); ADMIN changes capacities.
 * Every change is audited {@code PROGRAMME <code>} (or {@code CAPACITY <code>}) with the state before and after.
 */
@Service
public class ProgrammeService {

    static final String EDITORS = "hasAnyRole('ANALYST','ADMIN')";

    private final ProgrammeRepository programmes;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    ProgrammeService(ProgrammeRepository programmes, AuditLog audit, Clock clock, EntityManager entityManager,
                     ObjectMapper json) {
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Adds a programme. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ProgrammeCapacity create(ProgrammeDraft draft) {
        refuseInvalid(draft, draft.problems());
        String code = draft.code().strip();
        if (programmes.existsById(code)) {
            throw new ProgrammeRefused(ProgrammeRefused.Why.DUPLICATE, code,
                    List.of(ProgrammeProblem.of("code", "catalogue.code.exists", code)));
        }
        Programme created = new Programme(ProgrammeCode.of(code), draft.nameKo(), draft.nameEn(), draft.agency(),
                draft.gives(), draft.unit(), draft.capacity());
        try {
            programmes.saveAndFlush(created);
        } catch (DataIntegrityViolationException addedMeanwhile) {
            throw new ProgrammeRefused(ProgrammeRefused.Why.DUPLICATE, code,
                    List.of(ProgrammeProblem.of("code", "catalogue.code.exists", code)));
        }
        auditChange(code, null, created);
        return ProgrammeCapacity.of(created);
    }

    /**
     * Describes a programme anew: names, agency, what it gives, capacity unit and amount. The capacity may not
     * drop below what officers reserved, and the unit may not change once anything is reserved.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public ProgrammeCapacity update(String code, ProgrammeDraft draft) {
        ProgrammeDraft forCode = new ProgrammeDraft(code, draft.nameKo(), draft.nameEn(), draft.agency(), draft.gives(),
                draft.capacityUnit(), draft.capacity());
        List<ProgrammeProblem> problems = new java.util.ArrayList<>(forCode.problems());
        if (draft.code() != null && !draft.code().strip().equals(code)) {
            problems.add(ProgrammeProblem.of("code", "catalogue.code.fixed", code));
        }
        Programme current = programmes.findById(code).orElseThrow(() ->
                new ProgrammeRefused(ProgrammeRefused.Why.UNKNOWN, code, List.of()));
        if (current.getReserved() > 0 && forCode.unit() != null && forCode.unit() != current.getCapacityUnit()) {
            problems.add(ProgrammeProblem.of("capacityUnit", "catalogue.unit.reserved", current.getReserved()));
        }
        refuseInvalid(forCode, problems);
        Map<String, Object> before = state(current);
        current.describe(forCode.nameKo(), forCode.nameEn(), forCode.agency(), forCode.gives());
        current.countIn(forCode.unit());
        try {
            programmes.saveAndFlush(current);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ProgrammeRefused(ProgrammeRefused.Why.CHANGED_MEANWHILE, code, List.of());
        }
        if (!java.util.Objects.equals(current.getCapacity(), forCode.capacity())
                && programmes.changeCapacity(code, forCode.capacity()) == 0) {
            throw new ProgrammeRefused(ProgrammeRefused.Why.INVALID, code, List.of(ProgrammeProblem.of("capacity",
                    "catalogue.capacity.belowReserved", programmes.reservedOf(code))));
        }
        // The conditional UPDATE bypassed the persistence context: read the stored state.
        entityManager.refresh(current);
        auditChange(code, before, current);
        return ProgrammeCapacity.of(current);
    }

    private static void refuseInvalid(ProgrammeDraft draft, List<ProgrammeProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProgrammeRefused(ProgrammeRefused.Why.INVALID, draft.code(), problems);
        }
    }

    private void auditChange(String code, Map<String, Object> before, Programme after) {
        audit.save(new AuditEntry(clock, CurrentUser.require(), null, "PROGRAMME " + code,
                before == null ? null : write(before), write(state(after))));
    }

    private static Map<String, Object> state(Programme p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.getCode().value());
        m.put("nameKo", p.getNameKo());
        m.put("nameEn", p.getNameEn());
        m.put("agency", p.getAgency());
        m.put("gives", p.getGives());
        m.put("capacityUnit", p.getCapacityUnit().name());
        m.put("capacity", p.getCapacity());
        return m;
    }

    private String write(Map<String, Object> state) {
        try {
            return json.writeValueAsString(state);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a programme's state is plain text and numbers", e);
        }
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
