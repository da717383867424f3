package kr.oneteam.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.oneteam.rules.scenario.ScenarioRun;

/**
 * A ruleset checked the way a reload would check it, without activating anything: the problems that
 * would refuse it apart from failing scenario cases (files, guard, compiler, coverage), the result of each
 * scenario case, and the coverage table (each rule and the cases that fire it). Used by {@code rules check}.
 */
public record RulesetCheck(String source, String hash, List<RulesetProblem> problems, ScenarioRun scenarios,
        List<RuleCoverage> coverage) {

    public RulesetCheck {
        problems = List.copyOf(problems);
        coverage = List.copyOf(coverage);
    }

    public RulesetCheck(String source, String hash, List<RulesetProblem> problems, ScenarioRun scenarios) {
        this(source, hash, problems, scenarios, List.of());
    }

    /** Checks a rules directory, or the shipped ruleset when {@code dir} is null. */
    public static RulesetCheck of(Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            return new RulesetCheck(dir.toString(), null,
                    List.of(new RulesetProblem(dir.toString(), 0, 0, "not a directory")), null);
        }
        RulesetFiles files = dir == null ? RulesetFiles.fromClasspath() : RulesetFiles.fromDirectory(dir);
        RulesetGate.Verdict verdict = RulesetGate.admit(files);
        List<RulesetProblem> beforeScenarios = new ArrayList<>(verdict.problems());
        if (verdict.scenarios() != null) {
            beforeScenarios.removeAll(verdict.scenarios().problems());
            beforeScenarios.addAll(verdict.scenarios().problems().stream()
                    .filter(p -> verdict.scenarios().results().stream().noneMatch(r -> r.scenario().file().equals(p.file())
                            && r.scenario().line() == p.line()))
                    .toList());
        }
        return new RulesetCheck(files.source(), files.hash(), beforeScenarios, verdict.scenarios(), verdict.coverage());
    }

    public boolean passed() {
        return problems.isEmpty() && (scenarios == null || scenarios.failed() == 0);
    }
}
