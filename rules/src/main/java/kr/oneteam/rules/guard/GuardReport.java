package kr.oneteam.rules.guard;

import java.util.List;

/**
 * What the guard found in a ruleset's DRL files: the refusals (empty when every file is allowed), every
 * rule with the place it is declared (for coverage and the compiled-name check), every programme code the
 * rules name with its first place (for the catalogue check), and the parsed files, which the compiler
 * builds as they are, so that what runs is exactly what was checked — with one change: the {@code insert}
 * of an outcome type no rule reads is {@code oneteamCollected.accept} ({@code collected} names those types;
 * {@link CollectedOutcomes}, decision record 043).
 */
public record GuardReport(List<Finding> findings, List<RuleOutline> rules, List<ProgrammeUse> programmes,
        List<ParsedDrl> parsed, List<String> collected) {

    public GuardReport {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        programmes = List.copyOf(programmes);
        parsed = List.copyOf(parsed);
        collected = List.copyOf(collected);
    }

    /** One refusal at {@code file:line:column} (1-based), with what is allowed instead. */
    public record Finding(String file, int line, int column, String message) {
    }

    /** A rule (not a query) as declared: its whole name, its package, where its {@code rule} keyword is. */
    public record RuleOutline(String packageName, String name, String file, int line, int column) {
    }

    /** A programme code written in a rule ({@code "P16"}) and where it is first written. */
    public record ProgrammeUse(String code, String file, int line, int column) {
    }
}
