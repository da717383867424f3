package kr.oneteam.app.whatif;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import kr.oneteam.rules.Router;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.whatif.Counterfactuals;
import kr.oneteam.rules.whatif.RuleThresholds;
import kr.oneteam.rules.whatif.WhatIf;

/**
 * Explains proposals with whichever ruleset is active when asked, and keeps the answers per ruleset version
 * (content hash) and proposal: a stored proposal does not change, so its explanation holds until another
 * version is active — then the key differs and it is worked out again with the new rules. The thresholds of
 * a version are read from its files once. No Spring here, so the caching is tested with a real engine alone.
 */
public final class WhatIfExplainer {

    /** Answers kept (about 2 KB each); the least recently asked go first. */
    static final int KEPT = 5_000;
    /** Rulesets whose thresholds are kept: the active one and the few before it. */
    static final int VERSIONS_KEPT = 4;

    private final Supplier<Router> activeRouter;
    private final Map<String, RuleThresholds> thresholds = lru(VERSIONS_KEPT);
    private final Map<Key, WhatIf> answers = lru(KEPT);
    private final AtomicLong worked = new AtomicLong();

    private record Key(String rulesetHash, long proposalId) {
    }

    public WhatIfExplainer(Supplier<Router> activeRouter) {
        this.activeRouter = activeRouter;
    }

    /**
     * What would change proposal {@code proposalId}, with the active ruleset; {@code facts} is read only when
     * the answer is not kept yet.
     */
    public WhatIf explain(long proposalId, Supplier<Proposal> facts) {
        Router router = activeRouter.get();
        Key key = new Key(router.hash(), proposalId);
        synchronized (answers) {
            WhatIf known = answers.get(key);
            if (known != null) {
                return known;
            }
        }
        // Worked out outside the lock: two callers may both work one out, and both answers are the same.
        WhatIf answer = Counterfactuals.explain(router, thresholdsOf(router), facts.get());
        worked.incrementAndGet();
        synchronized (answers) {
            answers.put(key, answer);
        }
        return answer;
    }

    /** How many explanations were worked out rather than found kept (for tests and the benchmark). */
    public long worked() {
        return worked.get();
    }

    private RuleThresholds thresholdsOf(Router router) {
        synchronized (thresholds) {
            return thresholds.computeIfAbsent(router.hash(), h -> RuleThresholds.read(router.ruleset().files()));
        }
    }

    private static <K, V> Map<K, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }
}
