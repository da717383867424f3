package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst reads when a ruleset is refused: one line per problem, at the real line and column, in
 * words about their file — never Drools' internals, a stack trace, or a position of 0:0.
 */
class MessagesTest {

    @TempDir
    Path dir;

    private static final String TALENT = RulesDirectory.HEADER + """

            // 인재 양성: 창업기업 우선
            rule "R-TAL-01 talent → P16"
            when
                Proposal($id : id, categories contains Category.TALENT, stage == Stage.GLOBAL)
            then
                insert(new Contribution($id, "P16", Eligibility.ELIGIBLE, "R-TAL-01", "AI 인재 양성 지원"));
            end
            """;

    @Test
    void a_file_saved_with_a_byte_order_mark_is_read_without_it_and_hashes_the_same() {
        byte[] utf8 = TALENT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Path plain = dir.resolve("plain");
        Path bom = dir.resolve("bom");
        RulesDirectory.empty(plain).write("talent.drl", utf8);
        RulesDirectory.empty(bom).write("talent.drl", withBom);

        RulesetFiles read = RulesetFiles.fromDirectory(bom);

        assertThat(read.problems()).isEmpty();
        assertThat(read.files().get("talent.drl")).isEqualTo(TALENT).doesNotStartWith("\uFEFF");
        assertThat(read.hash()).isEqualTo(RulesetFiles.fromDirectory(plain).hash());
    }

    @Test
    void a_file_saved_as_cp949_is_refused_with_the_line_and_column_of_its_first_korean_character() {
        RulesDirectory.empty(dir).write("talent.drl", TALENT.getBytes(Charset.forName("x-windows-949")));

        List<RulesetProblem> problems = RulesetFiles.fromDirectory(dir).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("talent.drl");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.message()).contains("not UTF-8").contains("line 7, column 4").contains("CP949")
                    .endsWith("save the file as UTF-8");
        });
    }

    @Test
    void a_latin1_file_is_refused_with_its_place_but_without_the_korean_hint() {
        String text = "package kr.oneteam.rules.policy;\n// café\n";
        RulesDirectory.empty(dir).write("latin.drl", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(RulesetFiles.fromDirectory(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).contains("save the file as UTF-8").doesNotContain("CP949");
        });
    }

    @Test
    void a_binary_file_is_refused_at_its_first_nul_byte() {
        RulesDirectory.empty(dir).write("scenarios/x.csv", new byte[] {'c', 'a', 's', 'e', '\n', 'P', 'K', 0, 3});

        assertThat(RulesetFiles.fromDirectory(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).startsWith("binary file").contains("save the file as UTF-8 text");
        });
    }

    @Test
    void a_half_written_file_is_one_clean_problem_with_a_line_wherever_it_was_cut() {
        String whole = RulesetFiles.fromClasspath().files().get("p02-gov-gpu.drl");
        int refused = 0;
        int cuts = 0;
        for (int cut = 200; cut < whole.length() - 5; cut += 23) {
            TreeMap<String, String> files = new TreeMap<>();
            files.put("p02-gov-gpu.drl", whole.substring(0, cut));

            List<RulesetProblem> problems = RulesetGuard.check(new RulesetFiles("test", files, List.of()));

            // A cut may end where the file is complete (after the imports, after a rule): then nothing is wrong.
            cuts++;
            refused += problems.isEmpty() ? 0 : 1;
            String at = "cut at " + cut + ": " + problems;
            assertThat(problems).as(at).allSatisfy(p -> {
                assertThat(p.line()).as(at).isPositive();
                assertThat(p.column()).as(at).isPositive();
                assertThat(p.message()).as(at).doesNotContain("Exception").doesNotContain("Stack trace")
                        .doesNotContain("\n").doesNotContain("\tat ");
            });
        }
        assertThat(refused).as("cuts in the middle of a rule").isGreaterThan(cuts * 3 / 4);
    }

    @Test
    void a_file_cut_inside_a_pattern_says_it_ends_before_the_rule_is_complete() {
        String whole = RulesetFiles.fromClasspath().files().get("p02-gov-gpu.drl");
        String cut = whole.substring(0, whole.indexOf("company.sizeClass != SizeClass.LARGE") + 10);
        TreeMap<String, String> files = new TreeMap<>();
        files.put("p02-gov-gpu.drl", cut);

        assertThat(RulesetGuard.check(new RulesetFiles("test", files, List.of()))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(cut.split("\n").length);
            assertThat(p.message()).startsWith("the file ends before the rule is complete");
        });
    }

    @Test
    void a_refused_ruleset_leaves_one_line_per_problem_in_the_log_and_no_drools_stack_trace() {
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            rules.write("zz-type.drl", RulesDirectory.HEADER + "\nrule \"R-TST-01 type\"\nwhen\n    Proposal($id : id)\n"
                    + "then\n    int gpus = \"many\";\nend\n");
            engine.reload();
            rules.delete("zz-type.drl").write("zz-syntax.drl", RulesDirectory.HEADER + "\nrule \"R-TST-02 x\" when Proposal( then end\n");
            engine.reload();
            rules.delete("zz-syntax.drl").write("zz-cut.drl", RulesDirectory.HEADER + "\nrule \"R-TST-03 x\"\nwhen\n    Proposal($id : id, compute.quantity >");
            engine.reload();
        } finally {
            System.setErr(original);
        }
        List<String> log = captured.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(log).as(String.join("\n", log)).noneMatch(l -> l.contains("org.drools") || l.startsWith("\tat ")
                || l.contains("Exception") || l.contains("[Near"));
        assertThat(log).anyMatch(l -> l.contains("Ruleset refused: zz-type.drl:"))
                .anyMatch(l -> l.contains("Ruleset refused: zz-syntax.drl:"))
                .anyMatch(l -> l.contains("Ruleset refused: zz-cut.drl:") && l.contains("ends before the rule is complete"));
    }
}
