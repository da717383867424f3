package kr.oneteam.rules.check;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import kr.oneteam.rules.RuleCoverage;
import kr.oneteam.rules.RulesetCheck;
import kr.oneteam.rules.RulesetProblem;
import kr.oneteam.rules.scenario.ScenarioResult;

/**
 * {@code rules check [--dir ./rules]}: checks a rules directory (or, without --dir, the shipped ruleset)
 * as a reload would — files, guard, compiler, scenarios — and prints one line per scenario case
 * ({@code PASS}/{@code FAIL} with the difference), one {@code FAIL} line per ruleset problem, and last
 * the coverage table (each rule, where it is declared, and the scenario cases that fire it), and last
 * {@code N passed, N failed}. Exit code 0 only when everything passed; 2 for a wrong command line.
 */
public final class RulesCheckCommand {

    private RulesCheckCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("rules") && i == 0) || (arg.equals("check") && i <= 1)) {
                continue;
            }
            if (arg.equals("--dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else if (arg.startsWith("--dir=")) {
                dir = Path.of(arg.substring("--dir=".length()));
            } else {
                out.println("usage: rules check [--dir <rules directory>]");
                return 2;
            }
        }
        RulesetCheck check = RulesetCheck.of(dir);
        long passed = 0;
        long failed = 0;
        for (RulesetProblem problem : check.problems()) {
            out.println("FAIL " + problem);
            failed++;
        }
        if (check.scenarios() != null) {
            for (ScenarioResult result : check.scenarios().results()) {
                out.println(result.line());
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        coverage(check.coverage(), out);
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    /** How many case names a coverage row lists before it says "and N more". */
    private static final int CASES_SHOWN = 6;

    private static void coverage(List<RuleCoverage> rules, PrintStream out) {
        if (rules.isEmpty()) {
            return;
        }
        long covered = rules.stream().filter(RuleCoverage::covered).count();
        out.println("coverage: " + covered + " of " + rules.size() + " rules fire in a scenario (rule — cases that fire it)");
        for (RuleCoverage rule : rules) {
            List<String> cases = rule.scenarios().stream().map(c -> c.substring(0, c.indexOf(' ') < 0 ? c.length() : c.indexOf(' '))).toList();
            String shown = String.join(", ", cases.subList(0, Math.min(CASES_SHOWN, cases.size())))
                    + (cases.size() > CASES_SHOWN ? " and " + (cases.size() - CASES_SHOWN) + " more" : "");
            out.println("  " + rule.file() + ":" + rule.line() + " " + rule.rule() + " — "
                    + (cases.isEmpty() ? "no case (FAIL)" : cases.size() + (cases.size() == 1 ? " case: " : " cases: ") + shown));
        }
    }

    public static void main(String[] args) {
        int code = run(args, System.out);
        System.out.flush();
        System.exit(code);
    }
}
