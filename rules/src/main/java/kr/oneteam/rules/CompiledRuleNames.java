package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The guard reads rule names from the text; this second look reads them from the compiled KieBase, so
 * that a rule declared in an unusual layout cannot escape the R- id requirement.
 */
final class CompiledRuleNames {

    private CompiledRuleNames() {
    }

    static List<RulesetProblem> check(KieBase kieBase, RulesetFiles files) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!RulesetCompiler.isQuery(pkg, rule) && !RulesetGuard.RULE_NAME.matcher(rule.getName()).matches()) {
                    problems.add(locate(rule.getName(), files));
                }
            }
        }
        return problems;
    }

    private static RulesetProblem locate(String name, RulesetFiles files) {
        String message = "rule name \"" + name + "\" must start with its policy id, e.g. \"R-CMP-01 …\"";
        for (String file : files.drlFiles()) {
            String text = files.files().get(file);
            int at = text.indexOf(name);
            if (at >= 0) {
                DrlText drl = DrlText.of(text);
                return new RulesetProblem(file, drl.line(at), drl.column(at), message);
            }
        }
        return new RulesetProblem("(ruleset)", 0, 0, message);
    }
}
