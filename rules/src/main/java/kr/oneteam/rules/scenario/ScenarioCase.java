package kr.oneteam.rules.scenario;

import kr.oneteam.rules.fact.Proposal;

/** One row of a scenario file: where it is, its name, the proposal it builds and what it expects. */
public record ScenarioCase(String file, int line, String name, String description, Proposal proposal,
        Expectation expectation) {

    /** "file:line name", what an analyst needs to find the row. */
    public String label() {
        return file + ":" + line + " " + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
