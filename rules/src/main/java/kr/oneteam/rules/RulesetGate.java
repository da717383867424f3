package kr.oneteam.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.scenario.ScenarioRun;

/**
 * What a ruleset must pass before it may route anything: readable files, the guard, the compiler, a
 * rule-name check on what was actually compiled, and its own scenario files. Problems of every stage
 * are reported together where the stages allow it, so that an analyst fixes them in one go.
 */
final class RulesetGate {

    private RulesetGate() {
    }

    record Verdict(CompiledRuleset ruleset, List<RulesetProblem> problems, ScenarioRun scenarios) {

        boolean passed() {
            return ruleset != null && problems.isEmpty();
        }
    }

    static Verdict admit(RulesetFiles files) {
        Verdict compiled = compile(files);
        if (!compiled.passed()) {
            return compiled;
        }
        CompiledRuleset ruleset = compiled.ruleset();
        List<RulesetProblem> problems = new ArrayList<>();
        Function<List<Proposal>, List<RoutedProposal>> router = ruleset::route;
        // A rule whose consequence throws, or that re-fires forever, fails its scenario here rather than in production.
        ScenarioRun run = ScenarioRun.of(files.files(), files.scenarioFiles(), router);
        problems.addAll(run.problems());
        return new Verdict(problems.isEmpty() ? ruleset : null, problems, run);
    }

    /**
     * Every stage but the scenarios: files, guard, compiler, rule names. For a ruleset that passed the whole
     * gate when it was published (a stored version compiled again at start-up or for a preview).
     */
    static Verdict compile(RulesetFiles files) {
        List<RulesetProblem> problems = new ArrayList<>(files.problems());
        problems.addAll(RulesetGuard.check(files));
        if (!problems.isEmpty()) {
            return new Verdict(null, problems, null);
        }
        RulesetCompiler.Compiled compiled = RulesetCompiler.compile(files);
        if (!compiled.problems().isEmpty()) {
            return new Verdict(null, compiled.problems(), null);
        }
        problems.addAll(CompiledRuleNames.check(compiled.kieBase(), files));
        if (!problems.isEmpty()) {
            return new Verdict(null, problems, null);
        }
        ActiveRuleset metadata = new ActiveRuleset(files.hash(), files.source(), Instant.now(), compiled.ruleCount(),
                files.files());
        return new Verdict(new CompiledRuleset(compiled.kieBase(), metadata), List.of(), null);
    }
}
