package kr.oneteam.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** What a recording router answers: the routing of each case and the rules ("package/name") that fired on it. */
    public record Routed(List<RoutedProposal> routed, List<Set<String>> firedRules) {
    }

    public static ScenarioRun of(Map<String, String> files, List<String> scenarioFiles,
            Function<List<Proposal>, List<RoutedProposal>> router) {
        return recorded(files, scenarioFiles, proposals -> {
            List<RoutedProposal> routed = router.apply(proposals);
            return new Routed(routed, routed.stream().map(r -> Set.<String>of()).toList());
        });
    }

    /** Runs the cases through a router that also says which rules fired on each (for coverage). */
    public static ScenarioRun recorded(Map<String, String> files, List<String> scenarioFiles,
            Function<List<Proposal>, Routed> router) {
        List<ScenarioCase> cases = new ArrayList<>();
        List<RulesetProblem> problems = new ArrayList<>();
        for (String file : scenarioFiles) {
            ScenarioFile.Parsed parsed = ScenarioFile.parse(file, files.get(file), cases.size() + 1L);
            cases.addAll(parsed.cases());
            problems.addAll(parsed.problems());
        }
        List<ScenarioResult> results = new ArrayList<>();
        if (!cases.isEmpty()) {
            Routed answer = router.apply(cases.stream().map(ScenarioCase::proposal).toList());
            List<RoutedProposal> routed = answer.routed();
            for (int i = 0; i < cases.size(); i++) {
                ScenarioCase c = cases.get(i);
                RoutedProposal outcome = routed.get(i);
                ScenarioResult result = new ScenarioResult(c, outcome.failed()
                        ? List.of("rule " + outcome.failure().rule() + " failed on this case: " + outcome.failure().message())
                        : c.expectation().differences(outcome), answer.firedRules().get(i));
                results.add(result);
                if (!result.passed()) {
                    problems.add(new RulesetProblem(c.file(), c.line(), 1, "scenario '" + c.name() + "' failed: "
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
