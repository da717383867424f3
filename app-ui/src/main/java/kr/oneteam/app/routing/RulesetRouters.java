package kr.oneteam.app.routing;

import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RulesetContent;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Routing with a ruleset that is not (or not yet) the active one, without activating it: a stored earlier
 * version (the preview's {@code ?ruleset={versionId}}) or a draft (issue 9's validation and impact
 * simulation). Compiled routers of stored versions are kept for the few most recently asked for; a draft is
 * compiled each time (it changes between calls).
 */
@Service
public class RulesetRouters {

    /** A compiled KieBase is some megabytes; a handful covers a preview session comparing versions. */
    static final int CACHED_VERSIONS = 4;

    private final RulesetVersions versions;
    private final ServedRuleset served;
    private final CatalogueCodes catalogue;
    private final Map<Long, Router> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Router> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    RulesetRouters(RulesetVersions versions, ServedRuleset served, CatalogueCodes catalogue) {
        this.versions = versions;
        this.served = served;
        this.catalogue = catalogue;
    }

    /** The active ruleset as this instance serves it, with the id of its stored version. */
    public ServedRuleset.Served active() {
        return served.current();
    }

    /**
     * A router for the stored version {@code versionId}: the served one, or the version compiled now (no
     * scenarios: it passed them when published). Empty when there is no such version.
     *
     * @throws IllegalStateException when the stored version does not compile with this release
     */
    public Optional<Router> forVersion(long versionId) {
        ServedRuleset.Served now = served.current();
        if (now.versionId() == versionId) {
            return Optional.of(now.router());
        }
        synchronized (cache) {
            Router cached = cache.get(versionId);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<RulesetVersions.StoredContent> stored = versions.contentOf(versionId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().intact()) {
            throw new IllegalStateException("the stored files of version #" + versionId + " do not match their hash");
        }
        Compilation compiled = RoutingEngine.compile(stored.get().content());
        if (!compiled.passed()) {
            throw new IllegalStateException("version #" + versionId + " does not compile with this release: "
                    + compiled.problems());
        }
        synchronized (cache) {
            cache.put(versionId, compiled.router());
        }
        return Optional.of(compiled.router());
    }

    /** Compiles a draft (guard, compiler, rule names; no scenarios): a router, or the problems. Activates nothing. */
    public Compilation compileDraft(Map<String, String> files) {
        return RoutingEngine.compile(RulesetContent.of("draft", files));
    }

    /** The whole gate a publication would run, with the catalogue's codes: for validating a draft. Activates nothing. */
    public Compilation checkDraft(Map<String, String> files) {
        return RoutingEngine.admit(RulesetContent.of("draft", files), catalogue.known());
    }

    /**
     * The whole gate on the stored version {@code versionId} — its scenarios included — for its coverage table
     * (which cases fire each rule). Empty when there is no such version. Activates nothing.
     */
    public Optional<Compilation> checkVersion(long versionId) {
        return versions.contentOf(versionId).map(stored -> RoutingEngine.admit(stored.content(), null));
    }
}
