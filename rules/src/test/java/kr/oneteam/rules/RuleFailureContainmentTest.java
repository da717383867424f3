package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.oneteam.rules.fact.Proposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that fails on some data fails those proposals only: the rest of the list is routed, nobody gets an exception. */
class RuleFailureContainmentTest {

    /**
     * Fires on titles starting with "b" (its scenario, "bar", passes; no shipped scenario has such a title) and
     * divides by zero for the title "boom" only: a rule that fails for some data.
     */
    static final String FAILS_ON_TITLE = RulesDirectory.HEADER + """

            rule "R-TST-01 divides by zero for one title"
            when
                Proposal($id : id, title.startsWith("b"), $title : title)
            then
                insert(new Note($id, "P01", "R-TST-01", "x" + (1 / ($title.equals("boom") ? 0 : 1))));
            end
            """;

    static final String FAILS_ON_TITLE_SCENARIO = """
            case,description,proposal,expect
            R-TST-01 fires without failing,title bar,categories=COMPUTE; title=bar; compute.quantity=2; compute.months=2,P01 ELIGIBLE says=x1
            """;

    @TempDir
    Path dir;

    private RoutingEngine engine;

    @BeforeEach
    void start() {
        RulesDirectory.copyOfShipped(dir).write("zz-fails.drl", FAILS_ON_TITLE)
                .write("scenarios/zz-fails.csv", FAILS_ON_TITLE_SCENARIO);
        engine = RoutingEngine.start(RulesConfig.unwatched(dir));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void a_rule_that_throws_on_one_proposal_fails_that_proposal_and_routes_the_others() {
        assertThat(engine.active().source()).isEqualTo(dir.toAbsolutePath().normalize().toString());
        List<Proposal> list = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            Proposal p = Proposals.smeAsking(i, 8);
            list.add(i == 1_234 || i == 2_000 ? p.toBuilder().title("boom").build() : p);
        }

        List<RoutedProposal> routed = engine.routeAll(list);

        assertThat(routed).hasSize(2_500);
        assertThat(routed.stream().filter(RoutedProposal::failed).map(RoutedProposal::proposalId))
                .containsExactly(1_234L, 2_000L);
        RoutedProposal failed = routed.get(1_234);
        assertThat(failed.recommendations()).isEmpty();
        assertThat(failed.failure().rule()).isEqualTo("R-TST-01");
        assertThat(failed.failure().message()).contains("ArithmeticException").contains("/ by zero");
        assertThat(routed.get(1_233).recommendation("P01")).isPresent();
        assertThat(routed.get(2_001).recommendation("P01")).isPresent();
    }

    @Test
    void a_single_proposal_on_which_a_rule_fails_is_answered_not_thrown() {
        RoutedProposal routed = engine.route(Proposals.smeAsking(7, 4).toBuilder().title("boom").build());

        assertThat(routed.failed()).isTrue();
        assertThat(routed.proposalId()).isEqualTo(7);
        assertThat(routed.failure().toString()).startsWith("R-TST-01: ArithmeticException");
    }

    @Test
    void a_ruleset_whose_rule_fails_on_a_scenario_is_refused_naming_the_rule_and_the_case() {
        RulesDirectory.empty(dir).write("scenarios/zz-boom.csv", """
                case,description,proposal,expect
                boom,the failing title,categories=COMPUTE; title=boom; compute.quantity=2; compute.months=2,P01 ELIGIBLE
                """);

        ActivationResult result = engine.reload();

        assertThat(result.activated()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("scenarios/zz-boom.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("rule R-TST-01 failed on this case").contains("/ by zero");
        });
    }
}
