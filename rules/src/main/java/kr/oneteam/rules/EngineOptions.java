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
 * {@code drools.directFiring=true} (slower), {@code drools.sequential} (decision record 040).
 * <ul>
 * <li>{@code drools.kieBaseMutability=DISABLED} (decision record 044): no rule is ever added to or removed from a
 * built ruleset (a new version is a new knowledge base), so Drools keeps facts in a plain identity store rather than
 * one per class and drops at once a fact no pattern can match; a kept-table session skips deleting such handles.</li>
 * </ul>
 * One list for the builder, the knowledge base and the sessions: each reads the options it knows.
 */
final class EngineOptions {

    private EngineOptions() {
    }

    /** The options, as properties for the builder, the knowledge base and the session configuration; a new copy. */
    static Properties properties() {
        Properties options = new Properties();
        options.setProperty("drools.threadSafe", "false");
        options.setProperty("drools.propertySpecific", "DISABLED");
        options.setProperty(org.kie.api.conf.KieBaseMutabilityOption.PROPERTY_NAME,
                org.kie.api.conf.KieBaseMutabilityOption.DISABLED.name());
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
