package kr.oneteam.app.api;

import kr.oneteam.app.impact.RulesetCoverage;
import kr.oneteam.app.routing.RulesetStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The published ruleset: the active version (the database's, the same on every instance, with the version this
 * instance serves), every published version, the refusals that still hold, and the active version's coverage.
 */
@RestController
@RequestMapping(path = "/api/ruleset", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesetController {

    private final RulesetStatus rulesets;
    private final RulesetCoverage coverage;

    RulesetController(RulesetStatus rulesets, RulesetCoverage coverage) {
        this.rulesets = rulesets;
        this.coverage = coverage;
    }

    @GetMapping
    RulesetStatus.ActiveVersion active() {
        return rulesets.active().orElseThrow(() -> new NotFoundException("no active ruleset"));
    }

    /** {@code problems}: every line {@code file:line:column message}; {@code refusals}: by channel, with time and hash. */
    @GetMapping("/problems")
    Map<String, Object> problems() {
        return Map.of("problems", rulesets.lastProblems(), "refusals", rulesets.refusals());
    }

    /**
     * The coverage table of the active version (issue 7): each rule with file:line:column, the scenario cases that
     * fire it, and on how many stored proposals it fires under that version (every stored proposal routed now).
     */
    @GetMapping("/coverage")
    RulesetCoverage.Table coverage() {
        return coverage.ofActive();
    }

    @GetMapping("/versions")
    List<RulesetStatus.VersionSummary> versions() {
        return rulesets.history();
    }
}
