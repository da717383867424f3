package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One case per rule of INTAKE.md's field table: a valid proposal is broken in one place, and the API
 * must answer 400 problem+json naming exactly that JSON path.
 */
@ApiTest
class ValidationRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicInteger REFS = new AtomicInteger();

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree("""
                {
                  "externalRef": "VAL-%d",
                  "receivedAt": "2025-12-31T15:30:00+09:00",
                  "channel": "PORTAL",
                  "company": { "name": "테스트AI", "bizRegNo": "000-00-00000", "sizeClass": "SME",
                    "startup": true, "venture": false, "youthFounded": false, "region": "NON_CAPITAL",
                    "valueChain": ["AI_SERVICE"], "supplierRoles": [], "currentAwards": ["P01"] },
                  "title": "검증용 제안", "text": "GPU와 데이터와 해외진출이 필요하다",
                  "categories": ["COMPUTE", "DATA", "GLOBAL"], "themes": ["AX"], "stage": "POC",
                  "requestedAmountKrw": 50000000,
                  "compute": { "accelerator": "H100", "quantity": 8, "months": 3, "workload": "PRETRAINING",
                               "independence": "FROM_SCRATCH" },
                  "data": { "need": "PURCHASE", "domains": ["FINANCE"], "sensitivity": "ANONYMOUS",
                            "closedEnvironment": false, "linkage": false, "exportArtifact": "RESULTS" },
                  "regulation": { "sandboxTrack": "NONE", "generativeAi": false, "highImpactDomain": "NONE" },
                  "procurement": { "konepsRegistered": false, "innovationProduct": "NONE", "targetAgencies": ["경찰청"] },
                  "global": { "targetCountries": ["VN"], "demandSite": "NEGOTIATING", "governmentBacked": false },
                  "infra": { "powerMw": 2.5, "siteRegion": "NON_CAPITAL", "spectrum": "NONE" },
                  "consortium": [ { "name": "파트너", "sizeClass": "SMALL_BUSINESS", "role": "MEMBER" } ]
                }
                """.formatted(REFS.incrementAndGet()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Arguments rule(String description, String expectedField, Consumer<ObjectNode> breakIt) {
        return arguments(description, expectedField, breakIt);
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static String repeat(int length) {
        return "가".repeat(length);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("externalRef longer than 64 characters", "externalRef", p -> p.put("externalRef", "x".repeat(65))),
                rule("receivedAt missing", "receivedAt", p -> p.remove("receivedAt")),
                rule("receivedAt without offset", "receivedAt", p -> p.put("receivedAt", "2025-07-08T15:30:00")),
                rule("receivedAt more than a day in the future", "receivedAt",
                        p -> p.put("receivedAt", "2026-01-02T00:00:01Z")),
                rule("channel missing", "channel", p -> p.remove("channel")),
                rule("channel not in the vocabulary", "channel", p -> p.put("channel", "FAX")),
                rule("company missing", "company", p -> p.remove("company")),
                rule("company.name missing", "company.name", p -> at(p, "/company").remove("name")),
                rule("company.name empty", "company.name", p -> at(p, "/company").put("name", "")),
                rule("company.name longer than 200", "company.name", p -> at(p, "/company").put("name", repeat(201))),
                rule("company.bizRegNo not NNN-NN-NNNNN", "company.bizRegNo",
                        p -> at(p, "/company").put("bizRegNo", "0000000000")),
                rule("company.bizRegNo with a wrong check digit", "company.bizRegNo",
                        p -> at(p, "/company").put("bizRegNo", "000-00-00001")),
                rule("company.sizeClass missing", "company.sizeClass", p -> at(p, "/company").remove("sizeClass")),
                rule("company.sizeClass not in the vocabulary", "company.sizeClass",
                        p -> at(p, "/company").put("sizeClass", "HUGE")),
                rule("company.startup not a boolean", "company.startup", p -> at(p, "/company").put("startup", "yes")),
                rule("company.venture not a boolean", "company.venture", p -> at(p, "/company").put("venture", 1)),
                rule("company.youthFounded not a boolean", "company.youthFounded",
                        p -> at(p, "/company").put("youthFounded", "no")),
                rule("company.region missing", "company.region", p -> at(p, "/company").remove("region")),
                rule("company.valueChain item unknown", "company.valueChain[1]",
                        p -> at(p, "/company").withArray("valueChain").add("BLOCKCHAIN")),
                rule("company.supplierRoles item unknown", "company.supplierRoles[0]",
                        p -> at(p, "/company").withArray("supplierRoles").add("GPU_BROKER")),
                rule("company.currentAwards with an unknown programme code", "company.currentAwards[1]",
                        p -> at(p, "/company").withArray("currentAwards").add("P99")),
                rule("title missing", "title", p -> p.remove("title")),
                rule("title longer than 200", "title", p -> p.put("title", repeat(201))),
                rule("text missing", "text", p -> p.remove("text")),
                rule("text longer than 20,000", "text", p -> p.put("text", repeat(20_001))),
                rule("categories missing", "categories", p -> p.remove("categories")),
                rule("categories empty", "categories", p -> p.putArray("categories")),
                rule("categories item unknown", "categories[3]", p -> p.withArray("categories").add("CRYPTO")),
                rule("themes item unknown", "themes[1]", p -> p.withArray("themes").add("METAVERSE")),
                rule("stage missing", "stage", p -> p.remove("stage")),
                rule("stage not in the vocabulary", "stage", p -> p.put("stage", "IDEA")),
                rule("requestedAmountKrw negative", "requestedAmountKrw", p -> p.put("requestedAmountKrw", -1)),
                rule("requestedAmountKrw above 10^13", "requestedAmountKrw",
                        p -> p.put("requestedAmountKrw", 10_000_000_000_001L)),
                rule("requestedAmountKrw not an integer", "requestedAmountKrw", p -> p.put("requestedAmountKrw", 1.5)),
                rule("compute missing although COMPUTE is a category", "compute", p -> {
                    p.remove("compute");
                    p.putArray("categories").add("COMPUTE");
                    p.remove("data");
                    p.remove("global");
                }),
                rule("compute.accelerator missing when COMPUTE", "compute.accelerator",
                        p -> at(p, "/compute").remove("accelerator")),
                rule("compute.accelerator not in the vocabulary", "compute.accelerator",
                        p -> at(p, "/compute").put("accelerator", "TPU")),
                rule("compute.quantity zero when COMPUTE", "compute.quantity", p -> at(p, "/compute").put("quantity", 0)),
                rule("compute.quantity above 100,000", "compute.quantity",
                        p -> at(p, "/compute").put("quantity", 100_001)),
                rule("compute.quantity missing when COMPUTE", "compute.quantity", p -> at(p, "/compute").remove("quantity")),
                rule("compute.quantity a string", "compute.quantity", p -> at(p, "/compute").put("quantity", "8")),
                rule("compute.months zero when COMPUTE", "compute.months", p -> at(p, "/compute").put("months", 0)),
                rule("compute.months above 60", "compute.months", p -> at(p, "/compute").put("months", 61)),
                rule("compute.workload missing when COMPUTE", "compute.workload", p -> at(p, "/compute").remove("workload")),
                rule("compute.independence missing when PRETRAINING", "compute.independence",
                        p -> at(p, "/compute").remove("independence")),
                rule("compute.independence not in the vocabulary", "compute.independence",
                        p -> at(p, "/compute").put("independence", "BORROWED")),
                rule("data.need missing when DATA", "data.need", p -> at(p, "/data").remove("need")),
                rule("data.domains item unknown", "data.domains[1]", p -> at(p, "/data").withArray("domains").add("SPORTS")),
                rule("data.sensitivity missing when DATA", "data.sensitivity", p -> at(p, "/data").remove("sensitivity")),
                rule("data.closedEnvironment not a boolean", "data.closedEnvironment",
                        p -> at(p, "/data").put("closedEnvironment", "true")),
                rule("data.linkage not a boolean", "data.linkage", p -> at(p, "/data").put("linkage", 0)),
                rule("data.exportArtifact not in the vocabulary", "data.exportArtifact",
                        p -> at(p, "/data").put("exportArtifact", "EVERYTHING")),
                rule("regulation.sandboxTrack not in the vocabulary", "regulation.sandboxTrack",
                        p -> at(p, "/regulation").put("sandboxTrack", "FAST")),
                rule("regulation.generativeAi not a boolean", "regulation.generativeAi",
                        p -> at(p, "/regulation").put("generativeAi", "maybe")),
                rule("regulation.highImpactDomain not in the vocabulary", "regulation.highImpactDomain",
                        p -> at(p, "/regulation").put("highImpactDomain", "GAMES")),
                rule("procurement.konepsRegistered not a boolean", "procurement.konepsRegistered",
                        p -> at(p, "/procurement").put("konepsRegistered", "Y")),
                rule("procurement.innovationProduct not in the vocabulary", "procurement.innovationProduct",
                        p -> at(p, "/procurement").put("innovationProduct", "MAYBE")),
                rule("procurement.targetAgencies item longer than 100", "procurement.targetAgencies[1]",
                        p -> at(p, "/procurement").withArray("targetAgencies").add(repeat(101))),
                rule("global.targetCountries missing when GLOBAL", "global.targetCountries",
                        p -> at(p, "/global").remove("targetCountries")),
                rule("global.targetCountries item not an ISO-3166 code", "global.targetCountries[1]",
                        p -> at(p, "/global").withArray("targetCountries").add("XX")),
                rule("global.targetCountries item in lower case", "global.targetCountries[1]",
                        p -> at(p, "/global").withArray("targetCountries").add("kr")),
                rule("global.demandSite not in the vocabulary", "global.demandSite",
                        p -> at(p, "/global").put("demandSite", "SOMEWHERE")),
                rule("global.governmentBacked not a boolean", "global.governmentBacked",
                        p -> at(p, "/global").put("governmentBacked", "yes")),
                rule("infra.powerMw above 10,000", "infra.powerMw", p -> at(p, "/infra").put("powerMw", 10_000.5)),
                rule("infra.powerMw negative", "infra.powerMw", p -> at(p, "/infra").put("powerMw", -1)),
                rule("infra.siteRegion not in the vocabulary", "infra.siteRegion",
                        p -> at(p, "/infra").put("siteRegion", "JEJU")),
                rule("infra.spectrum not in the vocabulary", "infra.spectrum", p -> at(p, "/infra").put("spectrum", "6G")),
                rule("consortium with more than 50 entries", "consortium", p -> {
                    ArrayNode members = p.putArray("consortium");
                    for (int i = 0; i < 51; i++) {
                        members.addObject().put("name", "m" + i).put("sizeClass", "SME").put("role", "MEMBER");
                    }
                }),
                rule("consortium entry without a name", "consortium[0].name",
                        p -> at(p, "/consortium/0").remove("name")),
                rule("consortium entry with an unknown sizeClass", "consortium[0].sizeClass",
                        p -> at(p, "/consortium/0").put("sizeClass", "GIANT")),
                rule("consortium entry with a role other than LEAD or MEMBER", "consortium[0].role",
                        p -> at(p, "/consortium/0").put("role", "SPONSOR")),
                rule("receivedAt before 2000-01-01", "receivedAt", p -> p.put("receivedAt", "1999-12-31T23:59:59+09:00")),
                rule("title only blanks", "title", p -> p.put("title", "   ")),
                rule("title with a control character", "title", p -> p.put("title", "제목\u0007")),
                rule("company.name with a NUL", "company.name", p -> at(p, "/company").put("name", "회사\u0000")),
                rule("compute.quantity 1e400", "compute.quantity",
                        p -> at(p, "/compute").put("quantity", new java.math.BigDecimal("1e400"))),
                rule("procurement.targetAgencies with more than 20 entries", "procurement.targetAgencies", p -> {
                    ArrayNode agencies = at(p, "/procurement").putArray("targetAgencies");
                    for (int i = 0; i < 21; i++) {
                        agencies.add("기관 " + i);
                    }
                }),
                rule("procurement.targetAgencies item blank", "procurement.targetAgencies[1]",
                        p -> at(p, "/procurement").withArray("targetAgencies").add(" ")),
                rule("global.targetCountries empty when GLOBAL", "global.targetCountries",
                        p -> at(p, "/global").putArray("targetCountries")),
                rule("global.targetCountries item twice", "global.targetCountries[1]",
                        p -> at(p, "/global").withArray("targetCountries").add("VN")),
                rule("infra.powerMw with more than 3 decimals", "infra.powerMw",
                        p -> at(p, "/infra").put("powerMw", new java.math.BigDecimal("2.0005"))),
                rule("infra.powerMw 1e400", "infra.powerMw",
                        p -> at(p, "/infra").put("powerMw", new java.math.BigDecimal("1e400"))),
                rule("unknown top-level field", "priority", p -> p.put("priority", "high")),
                rule("unknown nested field", "company.ceo", p -> at(p, "/company").put("ceo", "홍길동")),
                rule("unknown field inside an array item", "consortium[0].share",
                        p -> at(p, "/consortium/0").put("share", 10)),
                rule("a block that is not an object", "compute", p -> p.put("compute", "8 GPUs")));
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @MethodSource("rules")
    void each_rule_of_the_field_table_is_enforced_and_names_its_json_path(String description, String field,
                                                                          Consumer<ObjectNode> breakIt) {
        ObjectNode proposal = valid();
        breakIt.accept(proposal);

        Api.Reply reply = api.post("intake", "/api/proposals", proposal);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(fields(reply.json())).as(reply.body()).containsExactly(field);
    }

    @Test
    void the_unbroken_proposal_of_the_table_is_accepted() {
        Api.Reply reply = api.post("intake", "/api/proposals", valid());

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void receivedAt_up_to_a_day_ahead_is_accepted() {
        ObjectNode proposal = valid().put("receivedAt", "2026-01-01T23:59:00Z");

        assertThat(api.post("intake", "/api/proposals", proposal).status()).isEqualTo(201);
    }

    @Test
    void every_invalid_field_of_one_proposal_is_listed_at_once() {
        ObjectNode proposal = valid();
        proposal.remove("title");
        proposal.put("channel", "FAX");
        at(proposal, "/company").put("sizeClass", "HUGE").put("extra", true);
        at(proposal, "/compute").put("quantity", "many");

        Api.Reply reply = api.post("intake", "/api/proposals", proposal);

        assertThat(fields(reply.json())).containsExactlyInAnyOrder(
                "title", "channel", "company.sizeClass", "company.extra", "compute.quantity");
    }

    @Test
    void messages_are_korean_by_default_and_english_on_request() {
        ObjectNode proposal = valid().put("channel", "FAX");

        JsonNode korean = api.post("intake", "/api/proposals", proposal).json();
        JsonNode english = api.post("intake", "/api/proposals", proposal, "en").json();

        assertThat(korean.at("/errors/0/message").asText()).startsWith("허용되지 않는 값입니다").contains("MEETING, CHAT");
        assertThat(english.at("/errors/0/message").asText()).startsWith("is not an allowed value").contains("PORTAL");
    }

    @Test
    void a_body_that_is_not_json_is_a_problem_too() {
        Api.Reply reply = api.post("intake", "/api/proposals", "{\"title\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(fields(reply.json())).containsExactly("$");
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
