package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * Every knowledge base routing builds is immutable (decision record 044): the gate's compile and the build's
 * precompiled shipped ruleset alike, so both get the identity object store and drop facts no pattern can match.
 * That kept-table sessions then route exactly as reset ones is {@link KeptTablesAgreeWithResetTest}'s check.
 */
class ImmutableKnowledgeBaseTest {

    private final RulesetFiles shipped = RulesetFiles.fromClasspath();

    @Test
    void theCompilersKnowledgeBaseIsImmutable() {
        assertThat(mutable(RulesetCompiler.compileGuarded(shipped).kieBase())).isFalse();
        assertThat(mutable(RulesetCompiler.compile(shipped).kieBase())).isFalse();
    }

    @Test
    void thePrecompiledShippedRulesetIsImmutable() {
        assertThat(mutable(PrecompiledRuleset.load(shipped.hash()).orElseThrow().kieBase())).isFalse();
    }

    @Test
    void anOptionCanStillAskForAMutableOne() {
        java.util.Properties options = new java.util.Properties();
        options.setProperty("drools.kieBaseMutability", "ALLOWED");
        KieBase kieBase = RulesetCompiler.compile(RulesetGuard.report(shipped).parsed(), options).kieBase();
        assertThat(mutable(kieBase)).isTrue();
    }

    private static boolean mutable(KieBase kieBase) {
        return ((InternalKnowledgeBase) kieBase).getKieBaseConfiguration().isMutabilityEnabled();
    }
}
