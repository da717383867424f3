package kr.oneteam.rules.scenario;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.oneteam.rules.RoutedProposal;
import kr.oneteam.rules.RulesetProblem;
import kr.oneteam.rules.fact.Proposal;

/** The result of running a ruleset's scenario files. (Placeholder until the scenario format lands.) */
public record ScenarioRun(List<RulesetProblem> problems) {

    public static ScenarioRun of(Map<String, String> files, List<String> scenarioFiles,
            Function<List<Proposal>, List<RoutedProposal>> router) {
        return new ScenarioRun(List.of());
    }
}
