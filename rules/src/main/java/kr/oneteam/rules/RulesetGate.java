package kr.oneteam.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.oneteam.rules.guard.GuardReport;
import kr.oneteam.rules.scenario.ScenarioResult;
import kr.oneteam.rules.scenario.ScenarioRun;

/**
 * What a ruleset must pass before it may route anything: readable files, the allowlist guard, the programme
 * catalogue (when one is given), the compiler, a rule-name check on what was actually compiled, its own
 * scenario files (run under the same limits as production), and coverage — every rule fires in at least one
 * scenario. Problems of every stage are reported together where the stages allow it, so that an analyst fixes
 * them in one go.
 */
final class RulesetGate {

    private RulesetGate() {
    }

    record Verdict(CompiledRuleset ruleset, List<RulesetProblem> problems, ScenarioRun scenarios,
            List<RuleCoverage> coverage) {

        Verdict(CompiledRuleset ruleset, List<RulesetProblem> problems, ScenarioRun scenarios) {
            this(ruleset, problems, scenarios, List.of());
        }

        boolean passed() {
            return ruleset != null && problems.isEmpty();
        }
    }

    /** Admits a ruleset without a programme catalogue (rules check, tests): programme codes are not checked. */
    static Verdict admit(RulesetFiles files) {
        return admit(files, null);
    }

    /**
     * Admits a ruleset whose programme codes must all be in {@code knownProgrammes} (the catalogue), or are not
     * checked when it is null. A code the catalogue lacks is refused at its first use in the rules.
     */
    static Verdict admit(RulesetFiles files, Set<String> knownProgrammes) {
        return admit(files, knownProgrammes, EvaluationLimits.DEFAULT);
    }

    static Verdict admit(RulesetFiles files, Set<String> knownProgrammes, EvaluationLimits limits) {
        Compiled compiled = compileStages(files, knownProgrammes, limits);
        if (!compiled.verdict().passed()) {
            return compiled.verdict();
        }
        CompiledRuleset ruleset = compiled.verdict().ruleset();
        // A rule whose consequence throws, that re-fires forever or runs past the time limit fails its scenario
        // here rather than in production.
        ScenarioRun run = ScenarioRun.recorded(files.files(), files.scenarioFiles(), proposals -> {
            CompiledRuleset.Recorded recorded = ruleset.routeRecording(proposals);
            return new ScenarioRun.Routed(recorded.routed(), recorded.firedRules());
        });
        List<RulesetProblem> problems = new ArrayList<>(run.problems());
        List<RuleCoverage> coverage = coverage(compiled.guard(), run);
        for (RuleCoverage rule : coverage) {
            if (!rule.covered()) {
                problems.add(new RulesetProblem(rule.file(), rule.line(), rule.column(), "rule \"" + rule.rule()
                        + "\" fires in no scenario: add a row to a file in scenarios/ where it fires (and one where "
                        + "it just misses)"));
            }
        }
        return new Verdict(problems.isEmpty() ? ruleset : null, problems, run, coverage);
    }

    /**
     * The seed's gate (decision 146, amending 051): files whose bytes are exactly those the build ran this whole gate
     * on ({@link PrecompiledRuleset#covers}: the build writes its file only after the gate passed, keyed by the hash
     * of every DRL and scenario file) skip the scenario stage, whose outcome is a function of those bytes, this
     * release's engine and the default limits — all three the build's. Files, guard, catalogue, compiler and rule
     * names still run. Any other files, one changed byte included, get {@link #admit(RulesetFiles, Set)}.
     */
    static Verdict admitBuildGated(RulesetFiles files, Set<String> knownProgrammes) {
        if (!PrecompiledRuleset.covers(files.hash())) {
            return admit(files, knownProgrammes);
        }
        return compileStages(files, knownProgrammes, EvaluationLimits.DEFAULT).verdict();
    }

    /**
     * Every stage but the scenarios: files, guard, compiler, rule names. For a ruleset that passed the whole
     * gate when it was published (a stored version compiled again at start-up or for a preview).
     */
    static Verdict compile(RulesetFiles files) {
        return compileStages(files, null, EvaluationLimits.DEFAULT).verdict();
    }

    private record Compiled(Verdict verdict, GuardReport guard) {
    }

    private static Compiled compileStages(RulesetFiles files, Set<String> knownProgrammes, EvaluationLimits limits) {
        List<RulesetProblem> problems = new ArrayList<>(files.problems());
        GuardReport guard = RulesetGuard.report(files);
        problems.addAll(RulesetGuard.problems(guard));
        if (knownProgrammes != null) {
            problems.addAll(catalogue(guard, knownProgrammes));
        }
        if (!problems.isEmpty()) {
            return new Compiled(new Verdict(null, sorted(problems), null), guard);
        }
        // The shipped files, byte for byte, were compiled when the jar was built (decision 142); anything else here.
        RulesetCompiler.Compiled compiled = PrecompiledRuleset.load(files.hash())
                .orElseGet(() -> RulesetCompiler.compile(guard.parsed()));
        if (!compiled.problems().isEmpty()) {
            return new Compiled(new Verdict(null, compiled.problems(), null), guard);
        }
        problems.addAll(CompiledRuleNames.check(compiled.kieBase(), guard.rules()));
        if (!problems.isEmpty()) {
            return new Compiled(new Verdict(null, problems, null), guard);
        }
        ActiveRuleset metadata = new ActiveRuleset(files.hash(), files.source(), Instant.now(), compiled.ruleCount(),
                files.files());
        return new Compiled(new Verdict(new CompiledRuleset(compiled.kieBase(), metadata, limits), List.of(), null), guard);
    }

    /** For each rule in declaration order, the scenario cases that fire it. */
    static List<RuleCoverage> coverage(GuardReport guard, ScenarioRun run) {
        List<RuleCoverage> coverage = new ArrayList<>(guard.rules().size());
        for (GuardReport.RuleOutline rule : guard.rules()) {
            String key = EvaluationWatch.key(rule.packageName(), rule.name());
            List<String> cases = new ArrayList<>();
            for (ScenarioResult result : run.results()) {
                if (result.firedRules().contains(key)) {
                    cases.add(result.scenario().label());
                }
            }
            coverage.add(new RuleCoverage(rule.name(), rule.file(), rule.line(), rule.column(), cases));
        }
        return coverage;
    }

    private static List<RulesetProblem> catalogue(GuardReport guard, Set<String> known) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (GuardReport.ProgrammeUse use : guard.programmes()) {
            if (!known.contains(use.code())) {
                problems.add(new RulesetProblem(use.file(), use.line(), use.column(), "programme \"" + use.code()
                        + "\" is not in the catalogue (known: " + String.join(", ", new TreeSet<>(known))
                        + "): add it to the catalogue first, then publish the rules that name it"));
            }
        }
        return problems;
    }

    private static List<RulesetProblem> sorted(List<RulesetProblem> problems) {
        List<RulesetProblem> copy = new ArrayList<>(problems);
        copy.sort(java.util.Comparator.comparing(RulesetProblem::file).thenComparingInt(RulesetProblem::line)
                .thenComparingInt(RulesetProblem::column));
        return copy;
    }
}
