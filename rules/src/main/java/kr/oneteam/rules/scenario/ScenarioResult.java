package kr.oneteam.rules.scenario;

import java.util.List;

/** A case and the differences between what it expected and what the ruleset gave (none when it passed). */
public record ScenarioResult(ScenarioCase scenario, List<String> differences) {

    public ScenarioResult {
        differences = List.copyOf(differences);
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
