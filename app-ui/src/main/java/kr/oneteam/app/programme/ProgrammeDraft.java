package kr.oneteam.app.programme;

import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeCode;

import java.util.ArrayList;
import java.util.List;

/**
 * A programme as an analyst enters it, in the API or the UI: unchecked text. {@link #problems()} names every
 * invalid field at once, with a message key of the {@code catalogue} bundle.
 */
public record ProgrammeDraft(String code, String nameKo, String nameEn, String agency, String gives,
                             String capacityUnit, Long capacity) {

    /** P + two digits; BACKLOG is the rules' own and not edited here. */
    public List<ProgrammeProblem> problems() {
        List<ProgrammeProblem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(ProgrammeProblem.of("code", "catalogue.required"));
        } else if (!ProgrammeCode.isValid(code) || ProgrammeCode.of(code).isBacklog()) {
            problems.add(ProgrammeProblem.of("code", "catalogue.code.format"));
        }
        text(problems, "nameKo", nameKo, Programme.NAME_MAX);
        text(problems, "nameEn", nameEn, Programme.NAME_MAX);
        text(problems, "agency", agency, Programme.AGENCY_MAX);
        text(problems, "gives", gives, Programme.GIVES_MAX);
        CapacityUnit unit = unit();
        if (capacityUnit == null || capacityUnit.isBlank()) {
            problems.add(ProgrammeProblem.of("capacityUnit", "catalogue.required"));
        } else if (unit == null) {
            problems.add(ProgrammeProblem.of("capacityUnit", "catalogue.unit.values", "GPU, KRW, NONE"));
        }
        if (capacity != null && capacity < 0) {
            problems.add(ProgrammeProblem.of("capacity", "catalogue.capacity.negative"));
        } else if (capacity != null && unit == CapacityUnit.NONE) {
            problems.add(ProgrammeProblem.of("capacity", "catalogue.capacity.none"));
        }
        return problems;
    }

    private static void text(List<ProgrammeProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(ProgrammeProblem.of(field, "catalogue.required"));
        } else if (value.strip().length() > max) {
            problems.add(ProgrammeProblem.of(field, "catalogue.tooLong", max));
        }
    }

    /** The unit, or null when it is not one of GPU, KRW, NONE. */
    public CapacityUnit unit() {
        if (capacityUnit == null) {
            return null;
        }
        for (CapacityUnit u : CapacityUnit.values()) {
            if (u.name().equals(capacityUnit.strip())) {
                return u;
            }
        }
        return null;
    }

    static ProgrammeDraft of(Programme p) {
        return new ProgrammeDraft(p.getCode().value(), p.getNameKo(), p.getNameEn(), p.getAgency(), p.getGives(),
                p.getCapacityUnit().name(), p.getCapacity());
    }
}
