package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.rules.fact.Company;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.scenario.ScenarioRun;
import org.junit.jupiter.api.Test;

/**
 * The shipped ruleset compiled by the build (decision 142): it exists for exactly the shipped files, it routes
 * every scenario as the compiler's own knowledge base does, and any other ruleset is still compiled for real. The
 * seed's gate skips the scenarios for exactly those bytes and for no others (decision 146).
 */
class PrecompiledRulesetTest {

    private final RulesetFiles shipped = RulesetFiles.fromClasspath();

    @Test
    void the_build_precompiled_exactly_the_shipped_files() {
        assertThat(PrecompiledRuleset.covers(RulesetContent.shipped().hash())).isTrue();
        assertThat(PrecompiledRuleset.load(shipped.hash())).isPresent();
        assertThat(PrecompiledRuleset.load("sha256:" + "0".repeat(64))).isEmpty();
    }

    @Test
    void the_precompiled_packages_route_every_scenario_as_the_compiler_s_knowledge_base() {
        RulesetCompiler.Compiled compiled = RulesetCompiler.compile(shipped);
        RulesetCompiler.Compiled loaded = PrecompiledRuleset.load(shipped.hash()).orElseThrow();
        assertThat(compiled.problems()).isEmpty();
        assertThat(loaded.ruleCount()).isEqualTo(compiled.ruleCount()).isGreaterThan(40);

        ScenarioRun byCompiler = scenarios(compiled);
        ScenarioRun byBuild = scenarios(loaded);

        assertThat(byBuild.problems()).isEmpty();
        assertThat(byBuild.failed()).isZero();
        assertThat(byBuild.passed()).isEqualTo(byCompiler.passed()).isGreaterThan(100);
        // The same proposals routed to the same programmes, reasons, scores and fired rules, case by case.
        assertThat(byBuild.results()).hasSameSizeAs(byCompiler.results());
        for (int i = 0; i < byCompiler.results().size(); i++) {
            assertThat(byBuild.results().get(i).toString()).isEqualTo(byCompiler.results().get(i).toString());
        }
    }

    @Test
    void the_whole_gate_passes_on_the_precompiled_shipped_ruleset() {
        Compilation admitted = RoutingEngine.admit(RulesetContent.shipped(), null);

        assertThat(admitted.problems()).isEmpty();
        assertThat(admitted.scenarios().failed()).isZero();
        assertThat(admitted.coverage()).allMatch(RuleCoverage::covered);
    }

    @Test
    void a_ruleset_that_differs_by_one_reason_is_compiled_for_real() {
        Map<String, String> files = new TreeMap<>(shipped.files());
        String tips = files.keySet().stream().filter(f -> f.endsWith("p15-tips.drl")).findFirst().orElseThrow();
        assertThat(files.get(tips)).contains("\"운영사 선투자 필요\"");
        files.put(tips, files.get(tips).replace("\"운영사 선투자 필요\"", "\"운영사 선투자 필요 (바뀐 규칙)\""));
        RulesetContent changed = RulesetContent.of("test: one reason changed", files);

        Compilation compilation = RoutingEngine.compile(changed);

        assertThat(PrecompiledRuleset.covers(changed.hash())).isFalse();
        assertThat(compilation.problems()).isEmpty();
        Proposal startup = Proposals.sme(1, Category.RND_FUNDING).company(Company.builder().name("테스트")
                .sizeClass(SizeClass.SME).region(Region.CAPITAL).startup(true).build()).build();
        assertThat(compilation.router().route(startup).recommendations())
                .filteredOn(r -> r.programme().equals("P15")).singleElement()
                .satisfies(p15 -> assertThat(p15.reasons()).extracting(Reason::text).contains("운영사 선투자 필요 (바뀐 규칙)"));
        // and the shipped text where the files are the shipped ones
        assertThat(RoutingEngine.compile(RulesetContent.shipped()).router().route(startup).recommendations())
                .filteredOn(r -> r.programme().equals("P15")).singleElement()
                .satisfies(p15 -> assertThat(p15.reasons()).extracting(Reason::text).contains("운영사 선투자 필요"));
    }

    @Test
    void a_ruleset_that_does_not_compile_is_refused_even_if_it_only_adds_to_the_shipped_files() {
        Map<String, String> files = new TreeMap<>(shipped.files());
        String tips = files.keySet().stream().filter(f -> f.endsWith("p15-tips.drl")).findFirst().orElseThrow();
        files.put(tips, files.get(tips).replace("company.startup,", "company.startupp,"));

        Compilation compilation = RoutingEngine.compile(RulesetContent.of("test: a typo", files));

        assertThat(compilation.passed()).isFalse();
        assertThat(compilation.problems()).anySatisfy(p -> assertThat(p.file()).endsWith("p15-tips.drl"));
    }

    // ---- decision 146: the seed skips the scenarios only for the very bytes the build gated ----

    @Test
    void the_seed_of_the_build_gated_files_skips_only_the_scenarios() {
        Set<String> catalogue = programmesNamedBy(RulesetContent.shipped());

        Compilation seeded = RoutingEngine.admitBuildGated(RulesetContent.shipped(), catalogue);

        assertThat(seeded.problems()).isEmpty();
        assertThat(seeded.passed()).isTrue();
        assertThat(seeded.scenarios()).as("scenarios ran at build time for these bytes").isNull();
        assertThat(seeded.router().ruleset().ruleCount()).isGreaterThan(40);
        // the catalogue is still checked: the database's catalogue is not the build's
        Set<String> withoutP05 = new TreeSet<>(catalogue);
        withoutP05.remove("P05");
        Compilation refused = RoutingEngine.admitBuildGated(RulesetContent.shipped(), withoutP05);
        assertThat(refused.passed()).isFalse();
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).contains("\"P05\" is not in the catalogue"));
    }

    @Test
    void one_changed_byte_of_a_scenario_file_runs_the_whole_gate_and_is_refused_at_its_row() {
        Map<String, String> files = new TreeMap<>(shipped.files());
        String chips = files.keySet().stream().filter(f -> f.endsWith("chips-procurement.csv")).findFirst().orElseThrow();
        // one byte: the expected score of R-NPU-01's row, 60 -> 61; the rules are the shipped ones, untouched
        assertThat(files.get(chips)).contains("P05 ELIGIBLE score=60 rules=R-NPU-01");
        files.put(chips, files.get(chips).replaceFirst("P05 ELIGIBLE score=60", "P05 ELIGIBLE score=61"));
        RulesetContent changed = RulesetContent.of("test: one scenario byte changed", files);

        Compilation admitted = RoutingEngine.admitBuildGated(changed, programmesNamedBy(changed));

        assertThat(PrecompiledRuleset.covers(changed.hash())).isFalse();
        assertThat(admitted.scenarios()).as("the whole gate ran").isNotNull();
        assertThat(admitted.scenarios().failed()).isEqualTo(1);
        assertThat(admitted.passed()).isFalse();
        assertThat(admitted.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(chips));
    }

    @Test
    void one_changed_byte_of_a_rule_file_runs_the_whole_gate_with_scenarios_and_coverage() {
        Map<String, String> files = new TreeMap<>(shipped.files());
        String tips = files.keySet().stream().filter(f -> f.endsWith("p15-tips.drl")).findFirst().orElseThrow();
        files.put(tips, files.get(tips) + " "); // one trailing space: same rules, other bytes
        RulesetContent changed = RulesetContent.of("test: one DRL byte changed", files);

        Compilation admitted = RoutingEngine.admitBuildGated(changed, programmesNamedBy(changed));

        assertThat(admitted.problems()).isEmpty();
        assertThat(admitted.scenarios()).as("the whole gate ran").isNotNull();
        assertThat(admitted.scenarios().passed()).isGreaterThan(100);
        assertThat(admitted.coverage()).isNotEmpty().allMatch(RuleCoverage::covered);
    }

    private static Set<String> programmesNamedBy(RulesetContent content) {
        Set<String> codes = new TreeSet<>();
        RulesetGuard.report(content.toFiles()).programmes().forEach(use -> codes.add(use.code()));
        return codes;
    }

    private static ScenarioRun scenarios(RulesetCompiler.Compiled compiled) {
        RulesetFiles files = RulesetFiles.fromClasspath();
        CompiledRuleset ruleset = new CompiledRuleset(compiled.kieBase(),
                new ActiveRuleset(files.hash(), files.source(), Instant.now(), compiled.ruleCount(), files.files()));
        return ScenarioRun.recorded(files.files(), files.scenarioFiles(), proposals -> {
            CompiledRuleset.Recorded recorded = ruleset.routeRecording(proposals);
            return new ScenarioRun.Routed(recorded.routed(), recorded.firedRules());
        });
    }
}
