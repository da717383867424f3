package kr.oneteam.rules.scenario;

import java.util.List;
import java.util.Set;

/**
 * A case, the differences between what it expected and what the ruleset gave (none when it passed), and the
 * rules that fired on it (as "package/name"), from which the gate computes coverage.
 */
public record ScenarioResult(ScenarioCase scenario, List<String> differences, Set<String> firedRules) {

    public ScenarioResult {
        differences = List.copyOf(differences);
        firedRules = Set.copyOf(firedRules);
    }

    public ScenarioResult(ScenarioCase scenario, List<String> differences) {
        this(scenario, differences, Set.of());
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** One line: {@code PASS file:line name} or {@code FAIL file:line name — difference; difference}. */
    public String line() {
        return passed() ? "PASS " + scenario.label()
                : "FAIL " + scenario.label() + " — " + String.join("; ", differences);
    }
}
