package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.List;
import kr.oneteam.rules.guard.GuardReport;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The guard reads rule names from the parsed files; this second look reads them from the compiled KieBase,
 * so that no rule the compiler produced escapes the R- id requirement.
 */
final class CompiledRuleNames {

    private CompiledRuleNames() {
    }

    static List<RulesetProblem> check(KieBase kieBase, List<GuardReport.RuleOutline> outline) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!RulesetCompiler.isQuery(pkg, rule) && !RulesetGuard.RULE_NAME.matcher(rule.getName()).matches()) {
                    problems.add(locate(rule.getName(), outline));
                }
            }
        }
        return problems;
    }

    private static RulesetProblem locate(String name, List<GuardReport.RuleOutline> outline) {
        String message = "rule name \"" + name + "\" must start with its policy id, e.g. \"R-CMP-01 …\"";
        return outline.stream().filter(r -> r.name().equals(name)).findFirst()
                .map(r -> new RulesetProblem(r.file(), r.line(), r.column(), message))
                .orElse(new RulesetProblem("(ruleset)", 0, 0, message));
    }
}
