package kr.oneteam.app.impact;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.app.queue.QueueService;
import kr.oneteam.app.routing.RulesetRouters;
import kr.oneteam.app.routing.ServedRuleset;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RuleCoverage;
import kr.oneteam.rules.fact.Proposal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coverage table of the active version (issue 7 D6, issue 9's 규칙 area): each rule, where it is, the
 * scenario cases that fire it, and on how many stored proposals it fires under the active version.
 *
 * <p>The proposals are every stored one routed now by the version this instance serves, recording which rules
 * fire ({@code Router.firingsByRule}) — not the rule ids of stored recommendations, which name only the rules that
 * gave a reason (classification and exclusion rules leave none) and, for decided proposals, an earlier version's
 * (docs/decisions/130). Read in keyset pages like the impact simulation, nothing written. The scenario part is
 * the gate's own run of the version's scenario files, kept per content hash (a version's files never change);
 * the counts are kept per version and a stamp of the proposals table (count, highest id, sum of the optimistic
 * lock versions), so asking again costs one aggregate query until a proposal is added or changed.
 */
@Service
public class RulesetCoverage {

    /** ANALYST and ADMIN read the coverage; officers and machine clients do not. */
    public static final String READERS = "hasAnyRole('ANALYST','ADMIN')";

    /** Proposals per page, as the impact simulation reads them. */
    static final int PAGE = 1_000;

    /**
     * One rule: its id (the first word of its name, {@code R-PRC-01}), its whole name, file:line:column, the cases
     * that fire it ({@code file:line name}; none: the gate would refuse it), and on how many stored proposals it fires.
     */
    public record RuleRow(String ruleId, String rule, String file, int line, int column, List<String> scenarios,
                          long storedProposals) {

        public RuleRow {
            scenarios = List.copyOf(scenarios);
        }

        public static RuleRow of(RuleCoverage rule, long storedProposals) {
            int space = rule.rule().indexOf(' ');
            return new RuleRow(space < 0 ? rule.rule() : rule.rule().substring(0, space), rule.rule(), rule.file(),
                    rule.line(), rule.column(), rule.scenarios(), storedProposals);
        }
    }

    /** The table of version {@code versionId} ({@code hash}) over the {@code storedProposals} stored proposals. */
    public record Table(long versionId, String hash, long storedProposals, List<RuleRow> rules) {

        public Table {
            rules = List.copyOf(rules);
        }
    }

    private record Stamp(long versionId, String hash, long count, long maxId, long versions) {
    }

    private record Firings(long proposals, Map<String, Integer> byRule) {
    }

    private final RulesetRouters routers;
    private final QueueService queue;
    private final StoredProposals stored;
    private final EntityManager entities;
    private final TransactionTemplate readOnly;
    private final Map<String, List<RuleCoverage>> scenariosByHash = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<RuleCoverage>> eldest) {
            return size() > 4;
        }
    };
    private volatile Stamp countedFor;
    private volatile Firings counted;

    RulesetCoverage(RulesetRouters routers, QueueService queue, StoredProposals stored,
                    EntityManager entities, PlatformTransactionManager transactionManager) {
        this.routers = routers;
        this.queue = queue;
        this.stored = stored;
        this.entities = entities;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The table of the version this instance serves. */
    @PreAuthorize(READERS)
    public Table ofActive() {
        ServedRuleset.Served now = routers.active();
        List<RuleCoverage> scenarios = scenarioCoverage(now);
        Firings firings = firings(now);
        List<RuleRow> rows = new ArrayList<>(scenarios.size());
        for (RuleCoverage rule : scenarios) {
            rows.add(RuleRow.of(rule, firings.byRule().getOrDefault(rule.rule(), 0)));
        }
        return new Table(now.versionId(), now.router().hash(), firings.proposals(), rows);
    }

    private Firings firings(ServedRuleset.Served now) {
        Stamp stamp = stamp(now);
        Firings known = counted;
        if (known != null && stamp.equals(countedFor)) {
            return known;
        }
        Map<String, Integer> byRule = new HashMap<>();
        long proposals = 0;
        long after = 0;
        while (true) {
            List<Long> ids = queue.idsAfter(QueueFilter.none(), after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            List<Proposal> facts = stored.page(ids).stream().map(StoredProposal::facts).toList();
            now.router().firingsByRule(facts).forEach((rule, n) -> byRule.merge(rule, n, Integer::sum));
            proposals += facts.size();
            after = ids.get(ids.size() - 1);
        }
        Firings fresh = new Firings(proposals, Map.copyOf(byRule));
        counted = fresh;
        countedFor = stamp;
        return fresh;
    }

    private Stamp stamp(ServedRuleset.Served now) {
        Object[] row = readOnly.execute(tx -> entities.createQuery(
                "select count(p), coalesce(max(p.id), 0), coalesce(sum(p.version), 0) from Proposal p", Object[].class)
                .getSingleResult());
        return new Stamp(now.versionId(), now.router().hash(), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    private List<RuleCoverage> scenarioCoverage(ServedRuleset.Served now) {
        String hash = now.router().hash();
        synchronized (scenariosByHash) {
            List<RuleCoverage> known = scenariosByHash.get(hash);
            if (known != null) {
                return known;
            }
        }
        Compilation checked = routers.checkVersion(now.versionId())
                .orElseThrow(() -> new IllegalStateException("the served version #" + now.versionId() + " is not stored"));
        if (checked.coverage().isEmpty()) {
            throw new IllegalStateException("the scenarios of the served version #" + now.versionId()
                    + " did not run: " + checked.problems());
        }
        synchronized (scenariosByHash) {
            scenariosByHash.put(hash, checked.coverage());
        }
        return checked.coverage();
    }
}
