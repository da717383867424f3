package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema's conditional rules ("required when", "at least one when") as the validator reports them. */
class ProposalValidatorTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode computeProposal() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/kosa-2025-07-08.json")) {
            for (var item : json.readTree(in)) {
                if (item.has("compute") && item.get("categories").toString().contains("COMPUTE")) {
                    return (ObjectNode) kr.oneteam.domain.proposal.ProposalSchema.withoutNulls(item);
                }
            }
        }
        throw new IllegalStateException("no compute proposal in the demo data");
    }

    @Test
    void zero_quantity_or_months_when_compute_is_asked_is_at_least_one() throws Exception {
        for (String field : new String[] {"quantity", "months"}) {
            ObjectNode p = computeProposal();
            ((ObjectNode) p.get("compute")).put(field, 0);
            assertThat(ProposalValidator.standard().validate(p)).as(field)
                    .containsExactly(FieldProblem.of("compute." + field, "intake.atLeastOneWhen", "COMPUTE"));
            // the same with a pretraining workload, whose own condition (independence) holds
            ((ObjectNode) p.get("compute")).put("workload", "PRETRAINING").put("independence", "FROM_SCRATCH");
            assertThat(ProposalValidator.standard().validate(p)).as(field)
                    .containsExactly(FieldProblem.of("compute." + field, "intake.atLeastOneWhen", "COMPUTE"));
        }
    }

    @Test
    void zero_quantity_is_fine_when_compute_is_not_a_category() throws Exception {
        ObjectNode p = computeProposal();
        p.putArray("categories").add("DATA");
        p.putObject("data").put("need", "PURCHASE").put("sensitivity", "ANONYMOUS");
        ((ObjectNode) p.get("compute")).put("quantity", 0);
        assertThat(ProposalValidator.standard().validate(p)).isEmpty();
    }
}
