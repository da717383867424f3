package kr.oneteam.rules;

import java.util.List;

/**
 * One rule of a ruleset and the scenario cases that fire it ({@code file:line name} each): a row of the
 * coverage table of {@code rules check}. A rule with no case is refused by the gate.
 */
public record RuleCoverage(String rule, String file, int line, int column, List<String> scenarios) {

    public RuleCoverage {
        scenarios = List.copyOf(scenarios);
    }

    public boolean covered() {
        return !scenarios.isEmpty();
    }
}
