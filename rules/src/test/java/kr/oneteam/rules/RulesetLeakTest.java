package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drools keeps every KieModule it builds in its KieRepository (STACK.md); a service that rebuilds rulesets
 * must remove them or it leaks on every activation. 100 activations of a 12-rule ruleset must leave the
 * heap after a full GC where it was after the first ones.
 */
class RulesetLeakTest {

    private static final int ACTIVATIONS = 100;
    private static final long TOLERANCE_BYTES = 16L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void heap_stays_flat_over_100_ruleset_activations() throws InterruptedException {
        RulesDirectory rules = RulesDirectory.empty(dir).write("rules.drl", ruleset(0))
                .write("scenarios/all.csv", "case,description,proposal,expect\nevery rule fires,,categories=COMPUTE; compute.quantity=8,...\n");
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.unwatched(dir))) {
            long baseline = 0;
            for (int version = 1; version <= ACTIVATIONS; version++) {
                rules.write("rules.drl", ruleset(version));
                assertThat(engine.reload().activated()).as("activation %d", version).isTrue();
                assertThat(engine.route(Proposals.smeAsking(version, 8)).recommendations()).isNotEmpty();
                if (version == 10) {
                    // After a few activations: classes of the engine loaded, caches warm.
                    baseline = usedHeapAfterFullGc();
                }
            }
            long after = usedHeapAfterFullGc();

            System.out.printf("heap after full GC: %.1f MB after 10 activations, %.1f MB after %d%n",
                    baseline / 1e6, after / 1e6, ACTIVATIONS);
            assertThat(after - baseline).as("heap growth over %d activations", ACTIVATIONS - 10)
                    .isLessThan(TOLERANCE_BYTES);
        }
    }

    /** 12 rules of the policy's shapes; the version changes their thresholds so that every build is new. */
    private static String ruleset(int version) {
        StringBuilder drl = new StringBuilder(RulesDirectory.HEADER);
        for (int i = 0; i < 12; i++) {
            drl.append("""

                    rule "R-GEN-%d version %d"
                    when
                        Proposal($id : id, categories contains Category.COMPUTE, compute != null, compute.quantity > %d)
                    then
                        insert(new Contribution($id, "P%02d", Eligibility.ELIGIBLE, "R-GEN-%d", "생성 규칙 %d"));
                    end
                    """.formatted(i, version, (i + version) % 7, i % 15 + 1, i, version));
        }
        return drl.toString();
    }

    private static long usedHeapAfterFullGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
