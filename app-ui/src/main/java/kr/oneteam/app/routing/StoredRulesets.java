package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.RulesetContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Routers for stored ruleset versions other than the active one (an analyst's preview with {@code ?ruleset=}):
 * compiled from the version's files without activating them, and kept for the few versions asked last.
 */
@Service
public class StoredRulesets {

    private static final int KEPT = 4;

    private final RulesetVersionRepository versions;
    private final Map<Long, Router> compiled = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Router> eldest) {
            return size() > KEPT;
        }
    };

    public StoredRulesets(RulesetVersionRepository versions) {
        this.versions = versions;
    }

    /**
     * The router of stored version {@code id}; empty when there is no such version.
     * @throws UnusableRuleset when the stored files no longer compile (e.g. a fact they name was removed)
     */
    @Transactional(readOnly = true)
    public Optional<Router> router(long id) {
        synchronized (compiled) {
            Router known = compiled.get(id);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<RulesetVersion> version = versions.findById(id);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> files = version.get().getFiles().stream()
                .collect(Collectors.toMap(RulesetFile::path, RulesetFile::content, (a, b) -> b, LinkedHashMap::new));
        Compilation compilation = RoutingEngine.compile(RulesetContent.of("stored version " + id, files));
        if (!compilation.passed()) {
            throw new UnusableRuleset(id, compilation.problems().stream().map(Object::toString).toList());
        }
        synchronized (compiled) {
            compiled.put(id, compilation.router());
        }
        return Optional.of(compilation.router());
    }

    /** A stored version that does not compile any more; its problems, {@code file:line:column message}. */
    public static class UnusableRuleset extends RuntimeException {

        private final transient List<String> problems;

        public UnusableRuleset(long id, List<String> problems) {
            super("stored ruleset version " + id + " does not compile");
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
