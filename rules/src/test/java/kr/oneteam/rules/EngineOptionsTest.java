package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;

/**
 * Routing's Drools options ({@link EngineOptions}: no session locks, no property reactivity; decision record 045)
 * change its speed and nothing else: the shipped ruleset routes 3,000 random proposals exactly as it does under
 * Drools' defaults, in batches and one call at a time, with the same rules fired on each proposal.
 */
class EngineOptionsTest {

    private static CompiledRuleset shipped(Properties overrides) {
        RulesetFiles files = RulesetFiles.fromClasspath();
        RulesetCompiler.Compiled c = RulesetCompiler.compileGuarded(files, overrides);
        assertThat(c.problems()).isEmpty();
        CompiledRuleset ruleset = new CompiledRuleset(c.kieBase(), new ActiveRuleset(files.hash(), files.source(),
                Instant.now(), c.ruleCount(), files.files()));
        return overrides == null ? ruleset : ruleset.withSessionOptions(overrides);
    }

    private static Properties droolsDefaults() {
        Properties defaults = new Properties();
        defaults.setProperty("drools.threadSafe", "true");
        defaults.setProperty("drools.propertySpecific", "ALWAYS");
        return defaults;
    }

    @Test
    void the_options_route_as_drools_defaults_do() {
        CompiledRuleset tuned = shipped(null);
        CompiledRuleset defaults = shipped(droolsDefaults());
        List<Proposal> proposals = new RandomProposals(2026L).next(3_000, 1);

        assertThat(tuned.route(proposals)).isEqualTo(defaults.route(proposals));
        List<RoutedProposal> oneByOne = new ArrayList<>();
        List<RoutedProposal> oneByOneDefaults = new ArrayList<>();
        for (Proposal p : proposals) {
            oneByOne.addAll(tuned.route(List.of(p)));
            oneByOneDefaults.addAll(defaults.route(List.of(p)));
        }
        assertThat(oneByOne).isEqualTo(oneByOneDefaults).isEqualTo(tuned.route(proposals));
        assertThat(tuned.routeRecording(proposals).firedRules())
                .isEqualTo(defaults.routeRecording(proposals).firedRules());
        assertThat(tuned.firingsByRule(proposals)).isEqualTo(defaults.firingsByRule(proposals))
                .allSatisfy((rule, count) -> assertThat(count).as(rule).isPositive());
    }

    @Test
    void the_sessions_are_made_without_locks_and_the_types_without_property_reactivity() {
        assertThat(EngineOptions.properties()).containsEntry("drools.threadSafe", "false")
                .containsEntry("drools.propertySpecific", "DISABLED");
        assertThat(EngineOptions.session(EngineOptions.properties())
                .getOption(org.kie.api.runtime.conf.ThreadSafeOption.KEY))
                .isEqualTo(org.kie.api.runtime.conf.ThreadSafeOption.NO);
    }
}
