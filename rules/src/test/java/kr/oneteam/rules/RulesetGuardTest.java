package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DRL is code: attempts to reach processes, files, network, reflection or threads are refused with their line. */
class RulesetGuardTest {

    private static List<RulesetProblem> check(String drl) {
        TreeMap<String, String> files = new TreeMap<>();
        files.put("evil.drl", drl);
        return RulesetGuard.check(new RulesetFiles("test", files, List.of()));
    }

    /** A valid rule whose consequence (line 11) or header line (line 6) is replaced by the attempt. */
    private static String rule(String header, String consequence) {
        return RulesDirectory.HEADER + header + "\n" + """
                rule "R-TST-01 test"
                when
                    $p : Proposal($id : id)
                then
                """ + "    " + consequence + "\n" + "end\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit in a consequence                         | | System.exit(1);                                                   | 11
            fully qualified Runtime                              | | java.lang.Runtime.getRuntime().exec("rm -rf /");                  | 11
            fully qualified name with spaces around the dots     | | java . lang . Runtime.getRuntime().halt(0);                       | 11
            ProcessBuilder                                       | | new ProcessBuilder("sh").start();                                 | 11
            file API through an import                           | import java.io.File; | new File("/etc/passwd").delete();          | 6
            nio files through a wildcard import                  | import java.nio.file.*; | insert(java.nio.file.Paths.get("/"));   | 6
            static import of System.exit                         | import static java.lang.System.exit; | exit(0);                   | 6
            static import of an allowed class is not a way around | import static java.util.Objects.requireNonNull; | Thread.sleep(10); | 11
            socket                                               | | new java.net.Socket("example.com", 80);                           | 11
            HTTP client                                          | | java.net.http.HttpClient.newHttpClient();                         | 11
            reflection through getClass                          | | $p.getClass().getMethod("getId").invoke($p);                      | 11
            Class.forName                                        | | Class.forName("java.lang.Runtime");                               | 11
            class literal                                        | | insert(String.class);                                             | 11
            thread                                               | | new Thread(() -> {}).start();                                     | 11
            executor                                             | | java.util.concurrent.Executors.newSingleThreadExecutor();         | 11
            engine internals through kcontext                    | | kcontext.getKieRuntime().getKieBase();                            | 11
            engine internals through drools                      | | drools.getWorkingMemory();                                        | 11
            modify block that smuggles a call                    | | modify($p) { setTitle(Runtime.getRuntime().toString()) };          | 11
            delete of a fact                                     | | delete($p);                                                       | 11
            name hidden by a comment between package parts       | | insert(java/* hide */.io.File.listRoots());                        | 11
            unicode escape hiding Runtime                        | | Run\\u0074ime.getRuntime().exit(0);                               | 11
            MVEL evaluation of a string                          | | org.mvel2.MVEL.eval("1");                                         | 11
            """)
    void attempt_is_refused_at_its_line(String attempt, String header, String consequence, int line) {
        List<RulesetProblem> problems = check(rule(header == null ? "" : header, consequence));

        assertThat(problems).as(attempt).isNotEmpty();
        assertThat(problems.get(0).file()).isEqualTo("evil.drl");
        assertThat(problems.get(0).line()).isEqualTo(line);
        assertThat(problems.get(0).toString()).startsWith("evil.drl:" + line + ":");
    }

    @Test
    void function_declared_in_drl_is_checked_too() {
        String drl = RulesDirectory.HEADER + """

                function void boom() {
                    Runtime.getRuntime().halt(0);
                }
                """;

        assertThat(check(drl)).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(8));
    }

    @Test
    void query_declared_in_drl_is_checked_too() {
        String drl = RulesDirectory.HEADER + """

                query "R-TST-02 loaded classes"
                    Proposal(eval(Class.forName("java.lang.Runtime") != null))
                end
                """;

        assertThat(check(drl)).extracting(RulesetProblem::line).contains(8);
    }

    @Test
    void declared_type_cannot_extend_thread() {
        String drl = RulesDirectory.HEADER + """

                declare Worker extends java.lang.Thread
                end
                """;

        assertThat(check(drl)).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(7));
    }

    @Test
    void rule_without_r_id_is_refused_with_its_line() {
        String drl = RulesDirectory.HEADER + """

                rule "SME small GPU request"
                when
                    Proposal()
                then
                end
                """;

        List<RulesetProblem> problems = check(drl);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("R-");
        });
    }

    @Test
    void words_in_strings_and_comments_are_not_code() {
        String drl = rule("// Runtime and System are mentioned here only",
                "insert(new kr.oneteam.rules.outcome.Note($id, \"P01\", \"R-TST-01\", \"System 점검: File 제출, Thread 없음\"));");

        assertThat(check(drl)).isEmpty();
    }

    @Test
    void shipped_ruleset_passes_the_guard() {
        assertThat(RulesetGuard.check(RulesetFiles.fromClasspath())).isEmpty();
    }
}
