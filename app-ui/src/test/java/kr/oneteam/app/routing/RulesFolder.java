package kr.oneteam.app.routing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.rules.RulesetContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** An analysts' rules directory for app tests, a new programme P16 for it, and proposals that reach it. */
final class RulesFolder {

    static final String HEADER = """
            package kr.oneteam.rules.policy;

            import kr.oneteam.rules.fact.*;
            import kr.oneteam.rules.outcome.*;
            import kr.oneteam.domain.vocabulary.*;
            """;

    /**
     * P16 for global-stage companies asking for TALENT: narrow enough that the shipped scenarios still pass. Its
     * served-by row is a rule without conditions (a table fact: the guard refuses one inserted by a proposal's
     * rule), and the gate admits it only with {@link #P16_SCENARIOS}, which fire both rules (coverage).
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

    static final String P16_SCENARIO_FILE = "scenarios/p16-talent.csv";

    static final String P16_SCENARIOS = """
            case,description,proposal,expect
            R-TAL-01 fires: global-stage talent,,categories=TALENT; stage=GLOBAL,P16 ELIGIBLE rules=R-TAL-01
            R-TAL-01 misses: talent at development,,categories=TALENT,BACKLOG ELIGIBLE says=인력
            """;

    private final Path dir;

    private RulesFolder(Path dir) {
        this.dir = dir;
    }

    static RulesFolder copyOfShipped(Path dir) {
        RulesFolder folder = new RulesFolder(dir);
        RulesetContent.shipped().files().forEach(folder::write);
        return folder;
    }

    /** The shipped files with P16 as {@code p16} (P16 or a variant of it) and P16's scenarios. */
    static SortedMap<String, String> shippedWithP16(String p16) {
        SortedMap<String, String> files = shippedWith("p16-talent.drl", p16);
        files.put(P16_SCENARIO_FILE, P16_SCENARIOS);
        return files;
    }

    /** Adds P16: its scenarios first, so that a watcher never sees the rule without them. */
    RulesFolder addP16() {
        write(P16_SCENARIO_FILE, P16_SCENARIOS);
        return write("p16-talent.drl", P16);
    }

    static SortedMap<String, String> shippedWith(String path, String content) {
        SortedMap<String, String> files = new TreeMap<>(RulesetContent.shipped().files());
        files.put(path, content);
        return files;
    }

    Path path() {
        return dir;
    }

    /** Written to a temp file and moved into place, as editors save. */
    RulesFolder write(String file, String content) {
        try {
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(dir, ".saving", ".tmp");
            Files.writeString(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RulesFolder delete(String file) {
        try {
            Files.deleteIfExists(dir.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid proposal that P16 serves: a global-stage SME startup asking for talent. */
    static ObjectNode talentProposal(String externalRef) {
        ObjectNode p = Api.demoProposal(6, externalRef);
        p.putArray("categories").add("TALENT");
        p.put("stage", "GLOBAL");
        p.remove("compute");
        return p;
    }

    static Map<String, Object> p16Programme() {
        return Map.of("code", "P16", "nameKo", "AI 인재 양성", "nameEn", "AI talent", "agency", "MSIT",
                "gives", "AI 인재 양성 교육비 지원", "capacityUnit", "NONE");
    }

    /**
     * Imports the directory now. The watcher may have done it a moment before (it sees the same saves), so
     * "already active" counts too — as long as the active version came from the directory.
     */
    static void importNow(kr.oneteam.app.StandaloneApp app) {
        DirectoryImport.Result result = app.bean(DirectoryImport.class).scanNow();
        assertThat(result).as(String.join("\n", app.bean(RulesetStatus.class).lastProblems()))
                .isIn(DirectoryImport.Result.IMPORTED, DirectoryImport.Result.ACTIVE_ALREADY);
        assertThat(app.bean(RulesetStatus.class).active().orElseThrow().source()).isEqualTo("DIRECTORY");
    }

    static void await(String what, long seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s for %s", seconds, what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
