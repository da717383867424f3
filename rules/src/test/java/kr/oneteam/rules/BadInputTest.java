package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad file is refused with its file and line, and the active ruleset keeps serving unchanged. */
class BadInputTest {

    @TempDir
    static Path dir;

    private static RulesDirectory rules;
    private static RoutingEngine engine;
    private static String servingHash;

    @BeforeAll
    static void start() {
        rules = RulesDirectory.copyOfShipped(dir);
        engine = RoutingEngine.start(RulesConfig.unwatched(dir));
        servingHash = engine.active().hash();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private String file;

    @AfterEach
    void removeTheBadFile() {
        rules.delete(file);
        engine.reload();
    }

    static Stream<Arguments> badFiles() {
        String header = RulesDirectory.HEADER; // 5 lines
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) '/');
        byte[] binary = {'p', 'k', 0x03, 0x04, 0, 0, (byte) 0xff, (byte) 0xfe};
        return Stream.of(
                Arguments.of("a DRL syntax error", "syntax.drl", (header + """

                        rule "R-TST-01 missing parenthesis"
                        when
                            Proposal($id : id
                        then
                        end
                        """).getBytes(StandardCharsets.UTF_8), 9, 11),
                Arguments.of("an unknown field", "unknown-field.drl", (header + """

                        rule "R-TST-02 unknown field"
                        when
                            Proposal(company.sizeKlass == SizeClass.SME)
                        then
                        end
                        """).getBytes(StandardCharsets.UTF_8), 7, 9),
                Arguments.of("a type error", "type-error.drl", (header + """

                        rule "R-TST-03 type error"
                        when
                            Proposal($id : id)
                        then
                            int gpus = "many";
                        end
                        """).getBytes(StandardCharsets.UTF_8), 7, 11),
                Arguments.of("a duplicate rule name", "duplicate.drl", (header + """

                        rule "R-CMP-03 GPU request by a large company alone → P02 ineligible"
                        when
                            Proposal()
                        then
                        end
                        """).getBytes(StandardCharsets.UTF_8), 7, 7),
                Arguments.of("an empty file", "empty.drl", new byte[0], 1, 1),
                Arguments.of("a binary file", "binary.drl", binary, 1, 1),
                Arguments.of("a 10 MB file", "huge.drl", tenMegabytes, 1, 1),
                Arguments.of("a scenario file with wrong columns", "scenarios/wrong-columns.csv",
                        "case,input,expected\nx,categories=TALENT,BACKLOG ELIGIBLE\n".getBytes(StandardCharsets.UTF_8), 1, 1),
                Arguments.of("a scenario row with an unknown field", "scenarios/unknown-field.csv",
                        "case,description,proposal,expect\nok,,categories=TALENT,BACKLOG ELIGIBLE\nbad,,categories=TALENT; company.sizeKlass=SME,BACKLOG ELIGIBLE\n"
                                .getBytes(StandardCharsets.UTF_8), 3, 3),
                Arguments.of("a failing scenario", "scenarios/failing.csv",
                        "case,description,proposal,expect\nwrong,,categories=TALENT,P16 ELIGIBLE\n".getBytes(StandardCharsets.UTF_8), 2, 2));
    }

    @ParameterizedTest(name = "{0} is refused with file and line")
    @MethodSource("badFiles")
    void bad_file_is_refused_with_file_and_line_and_the_active_ruleset_keeps_serving(String what, String name,
            byte[] content, int fromLine, int toLine) {
        file = name;
        rules.write(name, content);

        ActivationResult result = engine.reload();

        assertThat(result.activated()).as(what).isFalse();
        List<RulesetProblem> problems = result.problems();
        assertThat(problems).as(what).isNotEmpty();
        assertThat(problems).as(what + ": " + problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(name);
            assertThat(p.line()).isBetween(fromLine, toLine);
            assertThat(p.column()).as("a real column").isPositive();
            assertThat(p.toString()).startsWith(name + ":" + p.line() + ":" + p.column() + " ");
        });
        assertThat(engine.lastProblems()).isEqualTo(problems);
        assertThat(engine.active().hash()).isEqualTo(servingHash);
        assertThat(result.ruleset().hash()).isEqualTo(servingHash);
        assertThat(engine.route(Proposals.smeAsking(1, 8)).recommendation("P01")).isPresent();
    }
}
