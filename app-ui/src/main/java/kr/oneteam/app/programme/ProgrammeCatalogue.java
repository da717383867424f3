package kr.oneteam.app.programme;

import kr.oneteam.app.intake.ProgrammeCodes;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The programme catalogue as the API shows it, and the codes intake checks awards against. */
@Service
public class ProgrammeCatalogue implements ProgrammeCodes {

    private final ProgrammeRepository programmes;

    public ProgrammeCatalogue(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> known() {
        return programmes.findAll().stream().map(p -> p.getCode().value()).collect(Collectors.toUnmodifiableSet());
    }

    @Transactional(readOnly = true)
    public List<ProgrammeView> all() {
        return programmes.findAllByOrderByCodeAsc().stream().map(ProgrammeView::of).toList();
    }

    /** One programme as {@link #all()} shows it. */
    @Transactional(readOnly = true)
    public ProgrammeView one(String code) {
        return programmes.findById(code).map(ProgrammeView::of)
                .orElseThrow(() -> new ProgrammeRefused(ProgrammeRefused.Why.UNKNOWN, code, List.of()));
    }

    /** One programme with what is left of its capacity (null when it counts none). */
    public record ProgrammeView(String code, String nameKo, String nameEn, String agency, String gives,
                                String capacityUnit, Long capacity, long reserved, Long remaining) {

        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.getCode().value(), p.getNameKo(), p.getNameEn(), p.getAgency(), p.getGives(),
                    p.getCapacityUnit().name(), p.getCapacity(), p.getReserved(), p.remaining());
        }
    }
}
