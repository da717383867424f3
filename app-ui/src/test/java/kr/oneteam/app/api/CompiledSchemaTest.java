package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.intake.CompiledSchema;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.ProposalReader;
import kr.oneteam.app.intake.ProposalValidator;
import kr.oneteam.app.intake.Reading;
import kr.oneteam.app.proposal.ProposalJson;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compiled schema checks ({@link CompiledSchema}, what the intake runs) against the maintained validator
 * (networknt, {@link ProposalValidator}, kept as the oracle): over every case of {@link ValidationRulesTest} and
 * thousands of randomly broken documents they must agree on valid or not, on the JSON paths, and — after the
 * reader's one-message-per-field — on every field's code and arguments (the order of the fields in the list may
 * differ); a valid document binds to the same form as the old
 * way (normalise, then Jackson). Plain JUnit: no application context.
 */
class CompiledSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> PROGRAMMES = Set.of("P01", "P02", "P04", "P10", "BACKLOG");

    private final ProposalValidator oracle = ProposalValidator.standard();
    private final CompiledSchema compiled = CompiledSchema.standard();
    private final ProposalReader oracleReader = new ProposalReader(CLOCK, () -> PROGRAMMES, oracle);
    private final ProposalReader compiledReader = new ProposalReader(CLOCK, () -> PROGRAMMES, compiled);

    @Test
    @SuppressWarnings("unchecked")
    void every_case_of_the_validation_table_gets_the_same_problems_from_both() {
        int cases = 0;
        for (Iterator<Arguments> it = ValidationRulesTest.rules().iterator(); it.hasNext(); cases++) {
            Object[] rule = it.next().get();
            ObjectNode proposal = ValidationRulesTest.valid();
            ((Consumer<ObjectNode>) rule[2]).accept(proposal);
            agree(proposal, (String) rule[0]);
            assertThat(compiledReader.read(proposal, PROGRAMMES).problems()).as((String) rule[0])
                    .extracting(FieldProblem::field).containsExactly((String) rule[1]);
        }
        agree(ValidationRulesTest.valid(), "the unbroken proposal");
        assertThat(cases).isGreaterThan(80);
    }

    @Test
    void randomly_broken_documents_get_the_same_problems_from_both() {
        Random random = new Random(20261202);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 3000; i++) {
            ObjectNode proposal = ValidationRulesTest.valid();
            int breaks = 1 + random.nextInt(3);
            for (int b = 0; b < breaks; b++) {
                breakSomewhere(proposal, random);
            }
            if (agree(proposal, "random document " + i)) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertThat(invalid).as("the random documents must mostly be broken").isGreaterThan(1500);
        assertThat(valid).as("and some still valid, so that binding is compared too").isGreaterThan(50);
    }

    @Test
    void the_demo_proposals_bind_to_the_same_forms_as_before() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/kosa-2025-07-08.json")) {
            for (JsonNode item : JSON.readTree(in)) {
                assertThat(agree(item, item.path("externalRef").asText())).isTrue();
            }
        }
    }

    @Test
    void a_keyword_the_compiled_checks_do_not_know_fails_compiling_and_is_named() throws Exception {
        ObjectNode schema = ProposalSchema.standard().json();
        ((ObjectNode) schema.get("properties").get("title")).put("maxProperties", 3);

        assertThatThrownBy(() -> new CompiledSchema(ProposalSchema.of(schema)))
                .hasMessageContaining("maxProperties").hasMessageContaining("CompiledSchema");
    }

    /** Both readers say the same; for a valid document the forms are equal. Returns whether it was valid. */
    private boolean agree(JsonNode proposal, String what) {
        JsonNode clean = ProposalSchema.withoutNulls(proposal);
        assertThat(paths(compiled.validate(proposal))).as(what + ": paths of " + proposal)
                .isEqualTo(paths(oracle.validate(proposal)));
        assertThat(compiled.check(proposal).problems()).as(what + ": nulls count as absent")
                .isEqualTo(compiled.validate(clean));
        Reading mine = compiledReader.read(proposal, PROGRAMMES);
        Reading theirs = oracleReader.read(proposal, PROGRAMMES);
        assertThat(byField(mine.problems())).as(what + ": " + proposal).isEqualTo(byField(theirs.problems()));
        if (mine.valid()) {
            assertThat(mine.form()).as(what).isEqualTo(
                    ProposalJson.bind(ProposalSchema.standard().normalise(clean)));
        }
        return mine.valid();
    }

    /** One problem per field (the reader's rule), compared field by field: the list's order is not the contract. */
    private static Map<String, FieldProblem> byField(List<FieldProblem> problems) {
        Map<String, FieldProblem> byField = new java.util.TreeMap<>();
        problems.forEach(p -> assertThat(byField.put(p.field(), p)).as("one problem per field").isNull());
        return byField;
    }

    private static Set<String> paths(List<FieldProblem> problems) {
        Set<String> paths = new TreeSet<>();
        problems.forEach(p -> paths.add(p.field()));
        return paths;
    }

    // ---- breaking documents ----

    private static final List<JsonNode> VALUES = List.of(
            NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x".repeat(201)), NODES.textNode("가".repeat(65)),
            NODES.textNode("😀".repeat(200)), NODES.textNode("😀".repeat(201)), NODES.textNode("kr"), NODES.textNode("VN"),
            NODES.textNode("PRETRAINING"), NODES.textNode("COMPUTE"), NODES.textNode("P99"), NODES.textNode("P10"),
            NODES.textNode("000-00-00000"), NODES.textNode("true"), NODES.textNode("NONE"), NODES.textNode("SME"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(61), NODES.numberNode(100_001),
            NODES.numberNode(1.5), NODES.numberNode(new BigDecimal("8.0")), NODES.numberNode(new BigDecimal("2.0005")),
            NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(new BigDecimal("10000.000")),
            NODES.numberNode(10_000_000_000_001L), NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
            NODES.arrayNode(), NODES.arrayNode().add("X"), NODES.arrayNode().add("COMPUTE").add("COMPUTE"),
            NODES.arrayNode().add("GLOBAL"), NODES.arrayNode().add("DATA").add("POLICY"), NODES.objectNode(),
            // characters (the compiled checks look at them on their walk), dates (parsed once, by the binder)
            NODES.textNode("a\u0001b"), NODES.textNode("x\uD800"), NODES.textNode("\u0085"), NODES.textNode("탭\t줄\n"),
            NODES.textNode("2026-02-30T09:00:00+09:00"), NODES.textNode("2025-07-08T09:00:00+09:00"),
            NODES.textNode("1999-12-31T23:59:59+09:00"), NODES.textNode("2030-01-01T00:00:00Z"),
            NODES.arrayNode().add("P10").add("P99"), NODES.arrayNode().add("P10").add("P01"));

    private static void breakSomewhere(ObjectNode root, Random random) {
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        String pointer = pointers.get(random.nextInt(pointers.size()));
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        int action = random.nextInt(10);
        if (parent instanceof ObjectNode object) {
            if (action == 0) {
                object.remove(key);
            } else if (action == 1) {
                object.put("zz" + random.nextInt(3), 1);
            } else {
                object.set(key, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            if (action == 0) {
                array.remove(index);
            } else if (action == 1) {
                array.add(array.get(index).deepCopy());
            } else {
                array.set(index, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
            }
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + e.getKey();
                pointers.add(child);
                collect(e.getValue(), child, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }
}
