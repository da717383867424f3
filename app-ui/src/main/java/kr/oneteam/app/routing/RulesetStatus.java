package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.rules.RoutingEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** What the API tells about rulesets: the active version, and why the last attempt to change it was refused. */
@Service
public class RulesetStatus {

    private final RulesetVersionRepository versions;
    private final RoutingEngine engine;

    public RulesetStatus(RulesetVersionRepository versions, RoutingEngine engine) {
        this.versions = versions;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public Optional<ActiveVersion> active() {
        return versions.findActive().map(ActiveVersion::of);
    }

    /** {@code file:line:column message} of the last refused ruleset; empty once a later one was accepted. */
    public List<String> lastProblems() {
        return engine.lastProblems().stream().map(Object::toString).toList();
    }

    public record ActiveVersion(long id, String name, String hash, OffsetDateTime publishedAt, String publishedBy,
                                int ruleCount, String source) {

        static ActiveVersion of(RulesetVersion v) {
            return new ActiveVersion(v.getId(), v.getName(), v.getContentHash(), v.getPublishedAt(),
                    v.getPublishedBy(), v.getRuleCount(), v.getSource());
        }
    }
}
