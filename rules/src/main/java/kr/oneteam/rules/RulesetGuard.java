package kr.oneteam.rules;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import kr.oneteam.rules.guard.DrlGuard;
import kr.oneteam.rules.guard.GuardReport;

/**
 * The engine's side of the allowlist guard ({@link DrlGuard}): runs it over a ruleset's DRL files and turns
 * its findings into {@link RulesetProblem}s. What is allowed, and why, is described in rules/README.md
 * ("What a rule may write").
 */
final class RulesetGuard {

    /** Rule names start with their policy id, e.g. "R-CMP-01 SME small GPU request → P01". */
    static final Pattern RULE_NAME = DrlGuard.RULE_NAME;

    private RulesetGuard() {
    }

    static GuardReport report(RulesetFiles files) {
        TreeMap<String, String> drl = new TreeMap<>();
        for (String file : files.drlFiles()) {
            drl.put(file, files.files().get(file));
        }
        return DrlGuard.check(drl);
    }

    static List<RulesetProblem> problems(GuardReport report) {
        return report.findings().stream().map(f -> new RulesetProblem(f.file(), f.line(), f.column(), f.message())).toList();
    }

    static List<RulesetProblem> check(RulesetFiles files) {
        return problems(report(files));
    }
}
