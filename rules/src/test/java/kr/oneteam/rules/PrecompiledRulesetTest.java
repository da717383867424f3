package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.rules.fact.Company;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.scenario.ScenarioRun;
import org.junit.jupiter.api.Test;

/**
 * The shipped ruleset compiled by the build (decision 142): it exists for exactly the shipped files, it routes
 * every scenario as the compiler's own knowledge base does, and any other ruleset is still compiled for real.
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
