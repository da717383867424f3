package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.oneteam.rules.bench.RandomProposals;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.Test;

/**
 * A differential check: the shipped DRL and an independent plain-Java reading of POLICY.md give the same
 * recommendations (eligibility, score, allocation, rules, reasons, flags) for 5,000 random proposals.
 */
class PlainJavaAgreesWithDrlTest {

    @Test
    void drl_and_plain_java_agree_on_5000_random_proposals() {
        List<Proposal> proposals = new RandomProposals(20260721L).next(5_000, 1);
        try (RoutingEngine engine = RoutingEngine.start(RulesConfig.defaults())) {
            List<RoutedProposal> byDrl = engine.routeAll(proposals);
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < proposals.size(); i++) {
                RoutedProposal byJava = PlainJavaPolicy.route(proposals.get(i), byDrl.get(i).rulesetHash());
                if (!byJava.equals(byDrl.get(i))) {
                    disagreements.add(proposals.get(i) + "\n  DRL:  " + byDrl.get(i).recommendations()
                            + "\n  Java: " + byJava.recommendations());
                }
            }
            assertThat(disagreements).as(String.join("\n", disagreements.subList(0, Math.min(3, disagreements.size()))))
                    .isEmpty();
        }
    }
}
