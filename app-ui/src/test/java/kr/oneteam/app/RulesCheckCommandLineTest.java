package kr.oneteam.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar app-ui.jar rules check …} is recognised and runs the rules check without Spring. */
class RulesCheckCommandLineTest {

    @Test
    void only_arguments_starting_with_rules_check_select_the_command() {
        assertThat(OneTeamDeskApplication.isRulesCheck(new String[] {"rules", "check", "--dir", "x"})).isTrue();
        assertThat(OneTeamDeskApplication.isRulesCheck(new String[] {"--server.port=0"})).isFalse();
        assertThat(OneTeamDeskApplication.isRulesCheck(new String[] {"rules"})).isFalse();
    }

    @Test
    void the_shipped_ruleset_passes_its_check_with_exit_code_zero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = OneTeamDeskApplication.rulesCheck(new String[] {"rules", "check"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void a_directory_with_a_broken_rule_fails_the_check(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package kr.oneteam.rules.policy;\nrule \"x\" when then oops(\nend\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = OneTeamDeskApplication.rulesCheck(new String[] {"rules", "check", "--dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isNotZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("broken.drl");
    }
}
