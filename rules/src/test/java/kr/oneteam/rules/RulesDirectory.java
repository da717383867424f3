package kr.oneteam.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** An analysts' rules directory in a temp folder, starting as a copy of the shipped ruleset. */
final class RulesDirectory {

    static final String HEADER = """
            package kr.oneteam.rules.policy;

            import kr.oneteam.rules.fact.*;
            import kr.oneteam.rules.outcome.*;
            import kr.oneteam.domain.vocabulary.*;
            """;

    /**
     * A new programme P16 for global-stage companies asking for TALENT (no programme serves TALENT by
     * default); narrow enough that the shipped scenarios still pass with it. Its served-by row is a rule
     * without conditions (a table fact), and {@link #P16_SCENARIOS} fires both rules.
     */
    static final String P16 = """
            // P16 AI 인재 양성 (test programme)
            // Policy basis: test
            """ + HEADER + """

            rule "R-TAL-01 talent request → P16"
            when
                Proposal($id : id, categories contains Category.TALENT, stage == Stage.GLOBAL)
            then
                insert(new Contribution($id, "P16", Eligibility.ELIGIBLE, "R-TAL-01", "AI 인재 양성 지원"));
            end

            rule "R-TAL-01 P16 serves talent"
            when
            then
                insert(new ServedBy(Category.TALENT, "P16"));
            end
            """;

    static final String P16_SCENARIOS = """
            case,description,proposal,expect
            R-TAL-01 fires: global-stage talent,,categories=TALENT; stage=GLOBAL,P16 ELIGIBLE rules=R-TAL-01
            R-TAL-01 misses: talent at development,,categories=TALENT,BACKLOG ELIGIBLE says=인력
            """;

    /** Adds P16: its scenarios first, so that a watcher never sees the rule without them. */
    RulesDirectory addP16() {
        write("scenarios/p16-talent.csv", P16_SCENARIOS);
        return write("p16-talent.drl", P16);
    }

    /** Removes P16: the rule first, then its scenarios (which a ruleset without P16 would fail). */
    RulesDirectory removeP16() {
        delete("p16-talent.drl");
        return delete("scenarios/p16-talent.csv");
    }

    private final Path dir;

    private RulesDirectory(Path dir) {
        this.dir = dir;
    }

    static RulesDirectory copyOfShipped(Path dir) {
        RulesDirectory rules = new RulesDirectory(dir);
        for (Map.Entry<String, String> file : RulesetFiles.fromClasspath().files().entrySet()) {
            rules.write(file.getKey(), file.getValue());
        }
        return rules;
    }

    static RulesDirectory empty(Path dir) {
        return new RulesDirectory(dir);
    }

    Path path() {
        return dir;
    }

    RulesDirectory write(String file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    RulesDirectory write(String file, byte[] content) {
        try {
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(dir, ".saving", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RulesDirectory delete(String file) {
        try {
            Files.deleteIfExists(dir.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
