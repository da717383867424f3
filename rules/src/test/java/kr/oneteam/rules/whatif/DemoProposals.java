package kr.oneteam.rules.whatif;

import java.util.List;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.scenario.ScenarioCase;
import kr.oneteam.rules.scenario.ScenarioFile;

/** The 13 KOSA demo proposals as the shipped ruleset's scenario file has them, and the shipped ruleset. */
final class DemoProposals {

    static final String FILE = "scenarios/demo-kosa-2025-07-08.csv";
    static final RulesetContent SHIPPED = RulesetContent.shipped();
    static final Router ROUTER = RoutingEngine.compile(SHIPPED).router();

    private DemoProposals() {
    }

    static List<Proposal> all() {
        ScenarioFile.Parsed parsed = ScenarioFile.parse(FILE, SHIPPED.files().get(FILE), 1);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException(parsed.problems().toString());
        }
        return parsed.cases().stream().map(ScenarioCase::proposal).toList();
    }

    /** The demo proposal whose externalRef ends with {@code -NN}. */
    static Proposal number(int n) {
        String ref = String.format("KOSA-20250708-%02d", n);
        return all().stream().filter(p -> ref.equals(p.getExternalRef())).findFirst().orElseThrow();
    }
}
