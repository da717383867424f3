package kr.oneteam.rules;

import java.util.Properties;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSessionConfiguration;

/**
 * The Drools options routing builds and runs with (decision record 045 measured each against Drools' defaults, A/B in
 * one JVM). Each is safe only because of what the guard and the session pool already guarantee:
 * <ul>
 * <li>{@code drools.threadSafe=false}: a pooled session is used by one thread at a time (taken from and given back
 * to a concurrent queue, which orders the hand-over), and nothing calls into a session from another thread (no
 * {@code halt()}: the limits are checked between firings on the routing thread), so the session's locks and
 * synchronized propagation queue are pure cost — most of it per call.</li>
 * <li>{@code drools.propertySpecific=DISABLED}: property reactivity only filters re-evaluation after
 * {@code modify}/{@code update}, which the guard refuses, and the guard refuses the annotations ({@code @watch},
 * {@code @propertyReactive}) on declared types; without it no property masks are built or checked. One visible
 * change: a pattern's {@code @watch(…)} (meaningless here, no fact is ever modified; no ruleset of ours uses it)
 * would be refused by the compiler, so the guard refuses pattern annotations first, at their file:line, in its own
 * words (Drools' default accepted them and ignored them).</li>
 * </ul>
 * Left at Drools' default after measuring: {@code drools.alphaNodeHashingThreshold=1} (Drools 10.2 then fails to
 * add some rules: a NullPointerException in {@code CompositeObjectSinkAdapter.hashSinks}, found by
 * {@code KeptTablesAgreeWithResetTest}), {@code drools.jittingThreshold=0} (slower in batches),
 * {@code drools.directFiring=true} (slower), {@code drools.sequential} (decision record 040). The knowledge base's
 * mutability is off too, but set where the base is made ({@code RulesetCompiler.newKnowledgeBase}, decision record
 * 044): with it a fact no pattern matches is dropped at insert, and a kept-table session skips deleting such handles.
 */
final class EngineOptions {

    private EngineOptions() {
    }

    /** The options, as properties for the builder, the knowledge base and the session configuration; a new copy. */
    static Properties properties() {
        Properties options = new Properties();
        options.setProperty("drools.threadSafe", "false");
        options.setProperty("drools.propertySpecific", "DISABLED");
        return options;
    }

    /** {@link #properties()} with {@code overrides} on top (the probe's A/B against other values); null: none. */
    static Properties with(Properties overrides) {
        Properties options = properties();
        if (overrides != null) {
            options.putAll(overrides);
        }
        return options;
    }

    static KieSessionConfiguration session(Properties options) {
        return KieServices.Factory.get().newKieSessionConfiguration(options);
    }
}
