package kr.oneteam.app.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POLICY.md §4: the youth-founded self-pay share halves exactly, and travels as a decimal from the rule to
 * the API — {@code "selfPayPercent": 2.5} when routed, and the same after it was stored and read back.
 */
@ApiTest
class SelfPayShareTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private JsonNode p02Allocation(boolean startup, boolean youthFounded) {
        ObjectNode proposal = Api.demoProposal(0, "T-" + UUID.randomUUID());
        ((ObjectNode) proposal.get("company")).put("sizeClass", "SME").put("startup", startup).put("youthFounded", youthFounded);
        ((ObjectNode) proposal.get("compute")).put("quantity", 32).put("months", 3);
        Api.Reply created = api.post("intake", "/api/proposals", proposal);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode stored = api.get("officer", "/api/proposals/" + id).json();
        for (JsonNode answer : new JsonNode[] {created.json(), stored}) {
            for (JsonNode r : answer.get("recommendations")) {
                if (r.get("programme").asText().equals("P02")) {
                    return r.get("allocation");
                }
            }
        }
        throw new AssertionError("no P02 in " + created.body());
    }

    @Test
    void a_youth_founded_startup_pays_two_and_a_half_percent_as_a_decimal_in_the_json() {
        JsonNode allocation = p02Allocation(true, true);

        assertThat(allocation.get("selfPayPercent").isNumber()).isTrue();
        assertThat(allocation.get("selfPayPercent").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(allocation.toString()).contains("\"selfPayPercent\":2.5");
    }

    @Test
    void whole_shares_stay_whole_numbers_not_ten_point_zero_nor_one_e_plus_one() {
        assertThat(p02Allocation(false, false).toString()).contains("\"selfPayPercent\":10").doesNotContain("1E+1")
                .doesNotContain("10.0");
        assertThat(p02Allocation(false, true).toString()).contains("\"selfPayPercent\":5").doesNotContain("5.0");
    }
}
