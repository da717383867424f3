package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.rules.check.RulesCheckCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of rules/README.md, taken from the README itself, works end to end: the new
 * programme's DRL and scenarios, the served-by row, the updated rows — and the check then passes and the
 * directory activates.
 */
class ReadmeWorkedExampleTest {

    @TempDir
    Path dir;

    @Test
    void the_readme_worked_example_adds_a_programme_that_passes_the_check_and_activates() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String example = readme.substring(readme.indexOf("## 6."), readme.indexOf("## 7."));
        List<String> blocks = codeBlocks(example);
        RulesDirectory rules = RulesDirectory.copyOfShipped(dir);

        rules.write("p16-ai-talent.drl", blocks.get(0));
        String backlog = Files.readString(dir.resolve("backlog.drl"));
        rules.write("backlog.drl", backlog.replace("    // TALENT and TAX: no programme serves them.\n", blocks.get(1)));
        rules.write("scenarios/p16-ai-talent.csv", blocks.get(2));

        List<String> failing = check();
        assertThat(failing).as("step 4: existing rows that expected TALENT in the backlog fail").isNotEmpty()
                .allMatch(line -> line.startsWith("FAIL scenarios/"));

        // Step 4, as the analyst does it: the rows now get P16 instead of a TALENT backlog reason.
        update("scenarios/backlog-law-score.csv",
                "R-BKL-01 fires: talent and tax,No programme serves them; one reason per category,categories=TALENT|TAX,BACKLOG ELIGIBLE score=0 alloc=none rules=R-BKL-01 says=인력+세제",
                "R-BKL-01 fires: talent and tax,No programme serves them; one reason per category,categories=TALENT|TAX,P16 CONDITIONAL; BACKLOG ELIGIBLE says=세제");
        update("scenarios/backlog-law-score.csv", "BACKLOG ELIGIBLE rules=R-BKL-01 says=컴퓨팅자원+인력",
                "BACKLOG ELIGIBLE rules=R-BKL-01 says=컴퓨팅자원; P16 CONDITIONAL");
        update("scenarios/backlog-law-score.csv", "regulation.highImpactDomain=HIRING_LENDING,BACKLOG ELIGIBLE flags=§33",
                "regulation.highImpactDomain=HIRING_LENDING,P16 CONDITIONAL flags=§33");
        update("scenarios/ax-voucher-rnd.csv", "P14 ELIGIBLE score=60 rules=R-AX-01; BACKLOG ELIGIBLE says=인력",
                "P14 ELIGIBLE score=60 rules=R-AX-01; P16 CONDITIONAL");
        update("scenarios/regulation-power.csv", "flags=전력계통영향평가; BACKLOG ELIGIBLE says=인력",
                "flags=전력계통영향평가; P16 CONDITIONAL");

        assertThat(check()).isEmpty();
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            assertThat(engine.lastProblems()).isEmpty();
            assertThat(engine.active().files()).containsKey("p16-ai-talent.drl");
        }
    }

    private List<String> check() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RulesCheckCommand.run(new String[] {"check", "--dir", dir.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("FAIL")).toList();
    }

    private void update(String file, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(dir.resolve(file), text.replace(from, to));
    }

    /** The fenced blocks of the section, their 3-space list indentation removed. */
    private static List<String> codeBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```(?:drl|csv)\\n(.*?)\\n\\s*```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1).replaceAll("(?m)^   ", "") + "\n");
        }
        return blocks;
    }
}
