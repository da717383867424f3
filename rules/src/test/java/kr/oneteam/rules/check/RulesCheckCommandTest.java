package kr.oneteam.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules check} prints one line per case and a summary line, and exits 0 only when all passed. */
class RulesCheckCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void shipped_ruleset_passes_every_case() {
        int code = RulesCheckCommand.run(new String[] {"rules", "check"}, out);

        assertThat(code).isZero();
        List<String> lines = lines();
        List<String> cases = lines.stream().filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ")).toList();
        assertThat(cases).hasSizeGreaterThan(100).allMatch(l -> l.startsWith("PASS "));
        assertThat(lines).contains("coverage: 49 of 49 rules fire in a scenario (rule — cases that fire it)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(cases.size() + " passed, 0 failed");
    }

    @Test
    void a_failing_case_is_printed_with_its_difference_and_fails_the_command() throws IOException {
        Files.writeString(dir.resolve("talent.drl"), """
                package kr.oneteam.rules.policy;
                import kr.oneteam.rules.fact.*;
                import kr.oneteam.rules.outcome.*;
                import kr.oneteam.domain.vocabulary.*;

                rule "R-TAL-01 talent → P16"
                when
                    Proposal($id : id, categories contains Category.TALENT)
                then
                    insert(new Contribution($id, "P16", Eligibility.CONDITIONAL, "R-TAL-01", "인재 양성"));
                end
                """);
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/talent.csv"), """
                case,description,proposal,expect
                talent goes to P16,,categories=TALENT,P16 CONDITIONAL
                talent is eligible,,categories=TALENT,P16 ELIGIBLE
                """);

        int code = RulesCheckCommand.run(new String[] {"check", "--dir", dir.toString()}, out);

        assertThat(code).isEqualTo(1);
        assertThat(lines()).containsExactly(
                "PASS scenarios/talent.csv:2 talent goes to P16",
                "FAIL scenarios/talent.csv:3 talent is eligible — P16: expected ELIGIBLE, got CONDITIONAL",
                "coverage: 1 of 1 rules fire in a scenario (rule — cases that fire it)",
                "  talent.drl:6 R-TAL-01 talent → P16 — 2 cases: scenarios/talent.csv:2, scenarios/talent.csv:3",
                "1 passed, 1 failed");
    }

    @Test
    void a_rule_that_no_scenario_fires_fails_the_check_with_its_place_and_shows_in_the_coverage_table() throws IOException {
        Files.writeString(dir.resolve("talent.drl"), """
                package kr.oneteam.rules.policy;
                import kr.oneteam.rules.fact.*;
                import kr.oneteam.rules.outcome.*;
                import kr.oneteam.domain.vocabulary.*;

                rule "R-TAL-01 talent → P16"
                when
                    Proposal($id : id, categories contains Category.TALENT)
                then
                    insert(new Contribution($id, "P16", Eligibility.CONDITIONAL, "R-TAL-01", "인재 양성"));
                end

                rule "R-TAL-02 tax → P16"
                when
                    Proposal($id : id, categories contains Category.TAX)
                then
                    insert(new Contribution($id, "P16", Eligibility.CONDITIONAL, "R-TAL-02", "세제"));
                end
                """);
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/talent.csv"), """
                case,description,proposal,expect
                talent goes to P16,,categories=TALENT,P16 CONDITIONAL
                """);

        int code = RulesCheckCommand.run(new String[] {"check", "--dir", dir.toString()}, out);

        assertThat(code).isEqualTo(1);
        assertThat(lines()).containsExactly(
                "FAIL talent.drl:13:6 rule \"R-TAL-02 tax → P16\" fires in no scenario: add a row to a file in "
                        + "scenarios/ where it fires (and one where it just misses)",
                "PASS scenarios/talent.csv:2 talent goes to P16",
                "coverage: 1 of 2 rules fire in a scenario (rule — cases that fire it)",
                "  talent.drl:6 R-TAL-01 talent → P16 — 1 case: scenarios/talent.csv:2",
                "  talent.drl:13 R-TAL-02 tax → P16 — no case (FAIL)",
                "1 passed, 1 failed");
    }

    @Test
    void a_ruleset_that_does_not_compile_is_reported_with_file_and_line() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package kr.oneteam.rules.policy;\nrule \"R-TST-01 x\" when Proposal( then end\n");

        int code = RulesCheckCommand.run(new String[] {"--dir", dir.toString()}, out);

        assertThat(code).isEqualTo(1);
        assertThat(lines().get(0)).startsWith("FAIL broken.drl:2:");
        assertThat(lines().get(lines().size() - 1)).endsWith(" failed").doesNotStartWith("0 passed, 0 failed");
    }

    @Test
    void wrong_arguments_print_the_usage() {
        assertThat(RulesCheckCommand.run(new String[] {"check", "--verbose"}, out)).isEqualTo(2);
        assertThat(lines()).first().asString().startsWith("usage:");
    }
}
