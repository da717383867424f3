package kr.oneteam.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.whatif.Change;
import kr.oneteam.rules.whatif.WhatIf;
import org.junit.jupiter.api.Test;

/** The cache of explanations with a real engine: one per ruleset version and proposal. */
class WhatIfExplainerTest {

    private static final Router SHIPPED = RoutingEngine.compile(RulesetContent.shipped()).router();

    @Test
    void the_second_ask_is_a_hit_and_a_new_ruleset_version_is_a_miss_that_uses_its_own_thresholds() {
        RoutingEngine engine = RoutingEngine.serving(SHIPPED);
        WhatIfExplainer explainer = new WhatIfExplainer(engine::router);
        AtomicInteger reads = new AtomicInteger();
        Supplier<Proposal> sme24 = () -> {
            reads.incrementAndGet();
            return DemoFacts.asking(DemoFacts.number(7), 24);
        };

        WhatIf first = explainer.explain(42, sme24);
        WhatIf again = explainer.explain(42, sme24);

        assertThat(again).isSameAs(first);
        assertThat(explainer.worked()).isEqualTo(1);
        assertThat(reads).hasValue(1); // a hit does not even read the proposal
        assertThat(p01Limit(first)).isEqualTo(16);

        // An analyst publishes a version in which P01 takes up to 32 GPUs.
        Router wider = RoutingEngine.compile(RulesetContent.of("wider P01", p01UpTo32(RulesetContent.shipped().files())))
                .router();
        engine.serve(wider);
        WhatIf afterPublish = explainer.explain(42, sme24);

        assertThat(explainer.worked()).isEqualTo(2);
        assertThat(afterPublish.rulesetHash()).isEqualTo(wider.hash()).isNotEqualTo(first.rulesetHash());
        // 24 GPUs are within the new cap: P01 is eligible now, nothing to suggest for it.
        assertThat(afterPublish.programme("P01")).isEmpty();
        assertThat(explainer.explain(43, () -> DemoFacts.asking(DemoFacts.number(7), 40)))
                .satisfies(w -> assertThat(p01Limit(w)).isEqualTo(32));

        // Back to the first version (a rollback): its answers are still kept.
        engine.serve(SHIPPED);
        assertThat(explainer.explain(42, sme24)).isSameAs(first);
        assertThat(explainer.worked()).isEqualTo(3); // the 40-GPU proposal 43 was the third
    }

    @Test
    void answers_are_per_proposal() {
        WhatIfExplainer explainer = new WhatIfExplainer(() -> SHIPPED);
        WhatIf a = explainer.explain(1, () -> DemoFacts.number(13));
        WhatIf b = explainer.explain(2, () -> DemoFacts.number(12));
        assertThat(a).isNotSameAs(b);
        assertThat(explainer.worked()).isEqualTo(2);
    }

    private static Object p01Limit(WhatIf whatIf) {
        return whatIf.programme("P01").orElseThrow().changes().stream()
                .filter(c -> c.path().equals("compute.quantity") && c.bound() == Change.Bound.AT_MOST)
                .map(c -> c.to().get(0)).findFirst().orElseThrow();
    }

    /** The shipped DRL with P01's GPU line moved from 16 to 32, as a literal or as the named cap. */
    static Map<String, String> p01UpTo32(Map<String, String> files) {
        Map<String, String> changed = new TreeMap<>(files);
        changed.replaceAll((path, text) -> !path.endsWith(".drl") ? text : String.join("\n", text.lines()
                .map(line -> (line.contains("compute.quantity") || line.contains("p01MaxGpus"))
                        && !line.strip().startsWith("//") ? line.replaceAll("\\b16\\b", "32") : line).toList()) + "\n");
        assertThat(changed).isNotEqualTo(files);
        return changed;
    }

}
