package kr.oneteam.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RulesetProblem;
import kr.oneteam.rules.fact.Proposal;

/**
 * Runs every case of a ruleset's scenario files through one router call (one stateless evaluation), and
 * turns unreadable rows and failed cases into problems that refuse a reload.
 */
public record ScenarioRun(List<ScenarioResult> results, List<RulesetProblem> problems) {

    public ScenarioRun {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    public static ScenarioRun of(Map<String, String> files, List<String> scenarioFiles,
            Function<List<Proposal>, List<RoutedProposal>> router) {
        List<ScenarioCase> cases = new ArrayList<>();
        List<RulesetProblem> problems = new ArrayList<>();
        for (String file : scenarioFiles) {
            ScenarioFile.Parsed parsed = ScenarioFile.parse(file, files.get(file), cases.size() + 1L);
            cases.addAll(parsed.cases());
            problems.addAll(parsed.problems());
        }
        List<ScenarioResult> results = new ArrayList<>();
        if (!cases.isEmpty()) {
            List<RoutedProposal> routed = router.apply(cases.stream().map(ScenarioCase::proposal).toList());
            for (int i = 0; i < cases.size(); i++) {
                ScenarioCase c = cases.get(i);
                RoutedProposal outcome = routed.get(i);
                ScenarioResult result = new ScenarioResult(c, outcome.failed()
                        ? List.of("rule " + outcome.failure().rule() + " failed on this case: " + outcome.failure().message())
                        : c.expectation().differences(outcome));
                results.add(result);
                if (!result.passed()) {
                    problems.add(new RulesetProblem(c.file(), c.line(), 0, "scenario '" + c.name() + "' failed: "
                            + String.join("; ", result.differences())));
                }
            }
        }
        return new ScenarioRun(results, problems);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }
}
