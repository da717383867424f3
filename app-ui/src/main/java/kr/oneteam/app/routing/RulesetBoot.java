package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RulesetContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How an instance gets its first ruleset (docs/decisions/050): the database's active version, compiled
 * without running its scenarios again (they passed when it was published). Only an empty database is seeded,
 * with the ruleset shipped in the jar (source SEED), after the whole gate — of which the scenarios ran at build
 * time when the shipped files are byte for byte the ones the build gated (decision 146). Neither the rules directory nor
 * its absence changes what an instance starts with.
 */
@Component
class RulesetBoot {

    private static final Logger log = LoggerFactory.getLogger(RulesetBoot.class);

    private final RulesetVersions versions;
    private final CatalogueCodes catalogue;
    private final boolean seedWhenActiveBroken;

    RulesetBoot(RulesetVersions versions, CatalogueCodes catalogue,
                @Value("${oneteam.rules.reseed-if-active-does-not-compile:false}") boolean seedWhenActiveBroken) {
        this.versions = versions;
        this.catalogue = catalogue;
        this.seedWhenActiveBroken = seedWhenActiveBroken;
    }

    record Booted(long versionId, Router router) {
    }

    Booted boot() {
        long started = System.nanoTime();
        if (versions.activeId().isEmpty()) {
            Booted seeded = seed("seed of an empty database", RulesetVersions.When.ONLY_INTO_EMPTY);
            if (seeded != null) {
                log.info("Seeded the empty database with the shipped ruleset as version #{} in {} ms",
                        seeded.versionId(), (System.nanoTime() - started) / 1_000_000);
                return seeded;
            }
        }
        long id = versions.activeId().orElseThrow();
        RulesetVersions.StoredContent stored = versions.contentOf(id).orElseThrow();
        Compilation compiled = stored.intact() ? RoutingEngine.compile(stored.content()) : null;
        if (compiled == null || !compiled.passed()) {
            String why = compiled == null ? "its files do not match its hash " + stored.storedHash()
                    : String.join("; ", compiled.problems().stream().map(Object::toString).toList());
            if (!seedWhenActiveBroken) {
                throw new IllegalStateException("The active ruleset version #" + id + " cannot be served by this"
                        + " release: " + why + ". Roll back or publish a fixed version from an instance that serves"
                        + " it, or start once with oneteam.rules.reseed-if-active-does-not-compile=true to publish"
                        + " the shipped ruleset as a new version.");
            }
            log.error("Active ruleset version #{} cannot be served ({}); publishing the shipped ruleset instead", id, why);
            return seed("version #" + id + " did not compile with this release: " + why, RulesetVersions.When.ALWAYS);
        }
        log.info("Serving ruleset version #{} {} ({} rules), compiled in {} ms", id, compiled.hash(),
                compiled.router().ruleset().ruleCount(), (System.nanoTime() - started) / 1_000_000);
        return new Booted(id, compiled.router());
    }

    /** Publishes the shipped ruleset; null when another instance seeded the database first. */
    private Booted seed(String note, RulesetVersions.When when) {
        RulesetContent shipped = RulesetContent.shipped();
        // The build ran the whole gate on these exact bytes; the seed skips only the scenarios (decision 146).
        Compilation admitted = RoutingEngine.admitBuildGated(shipped, catalogue.known());
        if (!admitted.passed()) {
            throw new IllegalStateException("the shipped ruleset does not pass its own gate: " + admitted.problems());
        }
        RulesetVersions.Stored stored = versions.publish(shipped, admitted.router().ruleset().ruleCount(),
                RulesetProvenance.of(RulesetSource.SEED, RulesetVersions.SYSTEM).detail(shipped.source()).note(note),
                when, null);
        return stored.outcome() == RulesetVersions.Outcome.ACTIVATED ? new Booted(stored.id(), admitted.router()) : null;
    }
}
