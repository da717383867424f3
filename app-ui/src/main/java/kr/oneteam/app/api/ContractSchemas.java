package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import kr.oneteam.domain.proposal.ProposalSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal schema (decision 060) as OpenAPI components: {@code Proposal} is {@code proposal.schema.json} itself,
 * its {@code $defs} become {@code Proposal_<name>}, and {@code ProposalDocument} (what GET answers) is the same with
 * id, status, ruleset, routing failure and recommendations. Two things differ from the file, both for clients:
 * an optional member admits {@code null} (INTAKE.md: null counts as absent; the intake drops nulls before it
 * validates), and the keywords only the intake reads ({@code x-message}, {@code x-check}) are left out.
 */
final class ContractSchemas {

    static final String PROPOSAL = "Proposal";
    static final String DOCUMENT = "ProposalDocument";
    private static final String PREFIX = "#/components/schemas/" + PROPOSAL + "_";

    private ContractSchemas() {
    }

    @SuppressWarnings("rawtypes")
    static Map<String, Schema> of(ProposalSchema contract, ObjectMapper json) {
        ObjectNode root = contract.json();
        root.remove("$schema");
        root.remove("$id");
        ObjectNode defs = (ObjectNode) root.remove("$defs");
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        nodes.put(PROPOSAL, root);
        defs.fields().forEachRemaining(e -> nodes.put(PROPOSAL + "_" + e.getKey(), e.getValue()));
        nodes.put(DOCUMENT, document(root.deepCopy(), json));
        Map<String, Schema> schemas = new LinkedHashMap<>();
        nodes.forEach((name, node) -> {
            forOpenApi(node);
            schemas.put(name, Json31.mapper().convertValue(node, Schema.class));
        });
        return schemas;
    }

    /** The proposal as GET answers it: the stored document with what the desk added. */
    private static JsonNode document(ObjectNode proposal, ObjectMapper json) {
        ObjectNode properties = (ObjectNode) proposal.get("properties");
        ObjectNode added = json.createObjectNode();
        added.putObject("id").put("type", "integer");
        ArrayNode statuses = added.putObject("status").put("type", "string").putArray("enum");
        for (kr.oneteam.domain.vocabulary.ProposalStatus status : kr.oneteam.domain.vocabulary.ProposalStatus.values()) {
            statuses.add(status.name());
        }
        ObjectNode ruleset = added.putObject("ruleset");
        ruleset.put("type", "object");
        ruleset.putObject("properties").<ObjectNode>set("id", json.createObjectNode().put("type", "integer"))
                .set("hash", json.createObjectNode().put("type", "string"));
        added.putObject("routingFailure").put("type", "string");
        added.putObject("recommendations").put("type", "array").putObject("items")
                .put("$ref", "#/components/schemas/RecommendationView");
        ObjectNode merged = json.createObjectNode();
        merged.set("id", added.get("id"));
        if (properties.has("externalRef")) {
            merged.set("externalRef", properties.get("externalRef"));
        }
        merged.set("status", added.get("status"));
        properties.fields().forEachRemaining(e -> merged.putIfAbsent(e.getKey(), e.getValue()));
        merged.set("ruleset", added.get("ruleset"));
        merged.set("routingFailure", added.get("routingFailure"));
        merged.set("recommendations", added.get("recommendations"));
        proposal.set("properties", merged);
        ((ArrayNode) proposal.withArray("required")).add("id").add("status").add("recommendations");
        proposal.put("description", "A stored proposal: its document as submitted, with status, ruleset and recommendations.");
        return proposal;
    }

    /** Local references to components, null admitted where a member is optional, intake-only keywords removed. */
    private static void forOpenApi(JsonNode node) {
        if (node.isArray()) {
            node.forEach(ContractSchemas::forOpenApi);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        object.remove(List.of("x-message", "x-check", "x-set", "x-sheet"));
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.asText().startsWith("#/$defs/")) {
            object.put("$ref", PREFIX + ref.asText().substring("#/$defs/".length()));
        }
        JsonNode properties = object.get("properties");
        if (properties instanceof ObjectNode members && object.has("type")) {
            List<String> required = new ArrayList<>();
            object.path("required").forEach(r -> required.add(r.asText()));
            members.fields().forEachRemaining(e -> {
                if (!required.contains(e.getKey())) {
                    e.setValue(admittingNull(e.getValue()));
                }
            });
        }
        object.forEach(ContractSchemas::forOpenApi);
    }

    private static JsonNode admittingNull(JsonNode property) {
        ObjectNode p = (ObjectNode) property;
        if (p.has("$ref")) {
            ObjectNode either = p.objectNode();
            either.putArray("anyOf").add(p).addObject().put("type", "null");
            return either;
        }
        JsonNode type = p.get("type");
        if (type != null && type.isTextual()) {
            p.putArray("type").add(type.asText()).add("null");
            if (p.get("enum") instanceof ArrayNode values) {
                values.addNull();
            }
        }
        return p;
    }
}
