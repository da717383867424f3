package kr.oneteam.app.routing;

import kr.oneteam.domain.programme.ProgrammeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.stream.Collectors;

/** The programme codes of the catalogue, which every gate run gets: a ruleset may name only these. */
@Component
class CatalogueCodes {

    private final ProgrammeRepository programmes;

    CatalogueCodes(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    public Set<String> known() {
        return programmes.findAll().stream().map(p -> p.getCode().value()).collect(Collectors.toUnmodifiableSet());
    }
}
