package kr.oneteam.app.api;

import kr.oneteam.app.programme.ProgrammeCatalogue;
import kr.oneteam.app.routing.RulesetStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The programme catalogue with remaining capacity, and the ruleset in force (with the last refusal's problems). */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogueController {

    private final ProgrammeCatalogue catalogue;
    private final RulesetStatus rulesets;

    CatalogueController(ProgrammeCatalogue catalogue, RulesetStatus rulesets) {
        this.catalogue = catalogue;
        this.rulesets = rulesets;
    }

    @GetMapping("/programmes")
    List<ProgrammeCatalogue.ProgrammeView> programmes() {
        return catalogue.all();
    }

    @GetMapping("/ruleset")
    RulesetStatus.ActiveVersion ruleset() {
        return rulesets.active().orElseThrow(() -> new NotFoundException("no active ruleset"));
    }

    @GetMapping("/ruleset/problems")
    Map<String, List<String>> problems() {
        return Map.of("problems", rulesets.lastProblems());
    }
}
