package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import kr.oneteam.app.proposal.RecommendationView;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description springdoc generates from the controllers, with the
 * proposal bodies described by the very schema the intake validates with ({@link ContractSchemas}: OpenAPI 3.1 is
 * JSON Schema 2020-12) and INTAKE.md's examples ({@code openapi/*.json}). JSON {@code null} counts as absent in the contract, so every optional
 * property of these schemas also admits null. {@code OpenApiDocumentTest} validates the examples against it.
 */
@Configuration
class ApiDocumentation {

    static final String PROPOSAL = ContractSchemas.PROPOSAL;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI oneTeamApi() {
        return new OpenAPI()
                .info(new Info().title("OneTeam Desk intake and recommendation API").version("1")
                        .description("INTAKE.md, contract v1: proposals in, recommendations out."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer intakeBodies(ObjectMapper json, ProposalSchema contract) {
        return api -> {
            Components components = api.getComponents();
            Map<String, Schema> schemas = new LinkedHashMap<>();
            schemas.putAll(ModelConverters.getInstance(true).readAll(RecommendationView.class));
            schemas.putAll(ModelConverters.getInstance(true).readAll(BatchResults.class));
            schemas.values().forEach(ApiDocumentation::admitNull);
            schemas.forEach(components::addSchemas);
            ContractSchemas.of(contract, json).forEach(components::addSchemas);
            components.addExamples("proposal", example(json, "openapi/proposal.json", "INTAKE.md: Proposal (request body)"));
            components.addExamples("proposalWithRecommendations", example(json,
                    "openapi/proposal-with-recommendations.json", "INTAKE.md: Proposal with recommendations"));
            components.addExamples("batchResults", example(json, "openapi/batch-results.json",
                    "INTAKE.md: one result per item, in order"));

            Schema<?> proposal = ref(PROPOSAL);
            Schema<?> proposals = new ArraySchema().items(ref(PROPOSAL)).maxItems(10_000);
            operation(api, "/api/proposals").ifPresent(op -> op
                    .requestBody(body(proposal, "proposal"))
                    .responses(op.getResponses()
                            .addApiResponse("201", response("stored and routed", ref(ContractSchemas.DOCUMENT),
                                    "proposalWithRecommendations"))
                            .addApiResponse("400", problem("invalid: every field by JSON path"))
                            .addApiResponse("409", problem("externalRef already stored: existingId"))
                            .addApiResponse("413", problem("body over 2 MB"))));
            operation(api, "/api/proposals/batch").ifPresent(op -> op
                    .requestBody(body(proposals, null))
                    .responses(op.getResponses()
                            .addApiResponse("200", response("one result per item", ref("BatchResults"), "batchResults"))
                            .addApiResponse("413", problem("body over 64 MB"))));
            operation(api, "/api/routing/preview").ifPresent(op -> op
                    .requestBody(body(new Schema<>().oneOf(List.of(ref(PROPOSAL), proposals)), "proposal")));
            ExportDocumentation.describe(api);
        };
    }

    private static java.util.Optional<Operation> operation(OpenAPI api, String path) {
        return api.getPaths() == null || api.getPaths().get(path) == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(api.getPaths().get(path).getPost());
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static RequestBody body(Schema<?> schema, String example) {
        MediaType media = new MediaType().schema(schema);
        if (example != null) {
            media.addExamples(example, new Example().$ref("#/components/examples/" + example));
        }
        return new RequestBody().required(true).content(new Content().addMediaType(JSON, media));
    }

    private static ApiResponse response(String description, Schema<?> schema, String example) {
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON,
                new MediaType().schema(schema).addExamples(example, new Example().$ref("#/components/examples/" + example))));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().type("object").types(Set.of("object")))));
    }

    private static Example example(ObjectMapper json, String resource, String summary) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            JsonNode value = json.readTree(in);
            return new Example().summary(summary).value(value);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** "null counts as absent": an optional property may be null (a reference becomes "that or null"). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void admitNull(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> entry : new ArrayList<>(properties.entrySet())) {
            if (required.contains(entry.getKey())) {
                continue;
            }
            Schema property = entry.getValue();
            if (property.get$ref() != null) {
                properties.put(entry.getKey(), new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                        new Schema<>().types(Set.of("null")))));
            } else if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                Set<String> types = new java.util.LinkedHashSet<>(property.getTypes());
                types.add("null");
                property.setTypes(types);
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    property.getEnum().add(null);
                }
            }
        }
    }
}
