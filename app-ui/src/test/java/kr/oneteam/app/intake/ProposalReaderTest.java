package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalReaderTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ProposalReader reader = new ProposalReader(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            () -> Set.of("P01", "P02", "P04", "BACKLOG"));

    @Test
    void every_demo_proposal_reads_without_problems() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/kosa-2025-07-08.json")) {
            JsonNode demo = json.readTree(in);
            for (JsonNode item : demo) {
                Reading reading = reader.read(item);
                assertThat(reading.problems()).as(item.get("externalRef").asText()).isEmpty();
                assertThat(reading.form().company().name()).isEqualTo(item.at("/company/name").asText());
            }
        }
    }

    @Test
    void all_problems_of_an_item_are_reported_at_once_with_their_paths() throws Exception {
        ObjectNode item = (ObjectNode) json.readTree(getClass().getResourceAsStream("/demo/kosa-2025-07-08.json")).get(0);
        item.put("surprise", 1);
        ((ObjectNode) item.get("company")).put("nickname", "x").put("sizeClass", "HUGE");
        ((ObjectNode) item.get("compute")).put("quantity", "many");
        item.withArray("/global/targetCountries").add("XX");
        item.remove("title");

        Reading reading = reader.read(item);

        assertThat(reading.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "surprise", "company.nickname", "company.sizeClass", "compute.quantity",
                "global.targetCountries[2]", "title");
        assertThat(reading.problems()).filteredOn(p -> p.field().equals("company.sizeClass"))
                .singleElement().satisfies(p -> assertThat(p.args().get(0).toString()).contains("SMALL_BUSINESS"));
    }
}
