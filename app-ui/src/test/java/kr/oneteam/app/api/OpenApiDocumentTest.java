package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/openapi.json} is open to anyone, OpenAPI 3.1, describes INTAKE.md's endpoints, and INTAKE.md's
 * examples are valid against the schemas it describes them with — checked by a JSON Schema 2020-12 validator,
 * so that the document and the contract cannot drift apart unnoticed.
 */
@ApiTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    JsonNode document() {
        Api.Reply reply = new Api(port).get(null, "/api/openapi.json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void the_document_is_openapi_3_1_open_to_anyone_and_lists_the_intake_endpoints() {
        JsonNode doc = document();
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        assertThat(doc.get("paths").has("/api/proposals")).isTrue();
        assertThat(doc.get("paths").has("/api/proposals/batch")).isTrue();
        assertThat(doc.get("paths").has("/api/proposals/{id}")).isTrue();
        assertThat(doc.get("paths").has("/api/routing/preview")).isTrue();
        assertThat(doc.get("paths").has("/api/ruleset/coverage")).as("the coverage table (issue 7)").isTrue();
        assertThat(doc.at("/paths/~1api~1proposals/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Proposal");
    }

    @Test
    void intake_md_examples_are_valid_against_the_documents_schemas() {
        JsonNode doc = document();
        assertValid(doc, "Proposal", doc.at("/components/examples/proposal/value"));
        assertValid(doc, "ProposalDocument", doc.at("/components/examples/proposalWithRecommendations/value"));
        assertValid(doc, "BatchResults", doc.at("/components/examples/batchResults/value"));
    }

    @Test
    void the_schemas_really_check_something() {
        JsonNode doc = document();
        ObjectNode wrong = doc.at("/components/examples/proposal/value").deepCopy();
        wrong.put("channel", "FAX");
        wrong.put("categories", "PUBLIC_DEMAND");
        assertThat(errors(doc, "Proposal", wrong)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_proposal_component_is_the_intakes_own_schema_with_its_limits() {
        JsonNode proposal = document().at("/components/schemas/Proposal");
        assertThat(proposal.at("/properties/title/maxLength").asInt()).isEqualTo(200);
        assertThat(proposal.at("/additionalProperties").asBoolean(true)).isFalse();
        assertThat(proposal.at("/properties/stage/enum").toString()).contains("POC");
    }

    private static void assertValid(JsonNode doc, String schema, JsonNode example) {
        assertThat(example.isMissingNode()).as("example for " + schema).isFalse();
        assertThat(errors(doc, schema, example)).as(schema).isEmpty();
    }

    private static List<Error> errors(JsonNode doc, String schemaName, JsonNode instance) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schemaName);
        root.set("components", doc.get("components"));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root.toString());
        return schema.validate(instance);
    }
}
