package kr.oneteam.app.routing;

import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetHash;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.rules.ActiveRuleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores each ruleset the engine activates as a version row and keeps exactly one row active. Storing
 * is idempotent by content hash: several app instances on one PostgreSQL may store the same ruleset at
 * the same moment, and the unique hash makes all but one insert fail, after which they read that row.
 */
@Service
public class RulesetVersions {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(RulesetVersions.class);

    private final RulesetVersionRepository versions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** The engine's hash of a ruleset → id of its stored row; the engine hashes its own way. */
    private final Map<String, Long> idsByEngineHash = new ConcurrentHashMap<>();

    public RulesetVersions(RulesetVersionRepository versions, PlatformTransactionManager transactionManager,
                           Clock clock) {
        this.versions = versions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The id of the stored row for {@code active}, storing it first if no row has its hash. */
    public long idOf(ActiveRuleset active) {
        return idsByEngineHash.computeIfAbsent(active.hash(), hash -> store(active, SYSTEM));
    }

    /** Stores {@code active} if new, and makes it the one active version. */
    public long activate(ActiveRuleset active, String publishedBy) {
        long id = idsByEngineHash.computeIfAbsent(active.hash(), hash -> store(active, publishedBy));
        transactions.executeWithoutResult(tx -> {
            versions.findAll().stream().filter(v -> v.isActive() && !v.getId().equals(id))
                    .forEach(RulesetVersion::deactivate);
            versions.findById(id).orElseThrow().activate();
        });
        return id;
    }

    private long store(ActiveRuleset active, String publishedBy) {
        List<RulesetFile> files = active.files().entrySet().stream()
                .map(file -> new RulesetFile(file.getKey(), file.getValue())).toList();
        String contentHash = RulesetHash.of(files).value();
        try {
            return transactions.execute(tx -> versions.findByContentHash(contentHash).map(RulesetVersion::getId)
                    .orElseGet(() -> versions.saveAndFlush(new RulesetVersion(nameOf(active), files,
                            active.ruleCount(), active.source(), publishedBy, null, clock)).getId()));
        } catch (DataIntegrityViolationException storedByAnotherInstance) {
            log.info("Ruleset {} was stored at the same moment by another instance; using that row", contentHash);
            return transactions.execute(tx -> versions.findByContentHash(contentHash).orElseThrow().getId());
        }
    }

    private static String nameOf(ActiveRuleset active) {
        String hex = active.hash().substring(active.hash().indexOf(':') + 1);
        return "ruleset " + hex.substring(0, Math.min(12, hex.length()));
    }
}
