package kr.oneteam.app.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ProposalSnapshots;
import kr.oneteam.app.routing.RulesFacts;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions 060/061's promise, checked: {@code proposal.schema.json} is the proposal's one contract, and every other
 * place a field lives follows it or is checked against it. A field added to the schema and forgotten elsewhere
 * (or added elsewhere and not to the schema) fails here, naming the path:
 * <ul>
 *   <li>the form records ({@link ProposalForm} …, bound from the validated document) — by reflection;</li>
 *   <li>the rule facts ({@code rules/fact}, what the DRL reads, bound from the form by name) — a getter per path,
 *       carrying the submitted value;</li>
 *   <li>the labels {@code field.<path>} / {@code block.<name>} in Korean and English;</li>
 *   <li>the detail snapshot (walks the schema) — a line with the value for every field;</li>
 *   <li>the stored document ({@code proposal.content}) — submitted over the API and read back equal.</li>
 * </ul>
 * {@link #adding_a_field_is_the_schema_the_form_record_the_labels_and_the_fact} makes the count of decision 061 on a
 * copy of the schema with one more field. The form's widgets walk the schema as well; {@code ProposalFormViewTest}
 * checks there is one per field.
 */
@ApiTest
class ProposalModelCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProposalSchema SCHEMA = ProposalSchema.standard();

    @LocalServerPort
    int port;

    /** A proposal that sets every field of the schema, most of them to something other than their default. */
    static ObjectNode full() {
        try {
            return (ObjectNode) JSON.readTree("""
                {
                  "externalRef": "COVER-1",
                  "receivedAt": "2025-12-31T15:30:00+09:00",
                  "channel": "PORTAL",
                  "company": { "name": "커버리지AI", "bizRegNo": "987-65-43215", "sizeClass": "SME",
                    "startup": true, "venture": true, "youthFounded": true, "region": "NON_CAPITAL",
                    "valueChain": ["AI_SERVICE"], "supplierRoles": ["DATA_SUPPLIER"], "currentAwards": ["P01"] },
                  "title": "모든 항목을 채운 제안", "text": "GPU와 데이터와 해외진출이 필요하다",
                  "categories": ["COMPUTE", "DATA", "GLOBAL"], "themes": ["AX"], "stage": "POC",
                  "requestedAmountKrw": 50000000,
                  "compute": { "accelerator": "H100", "quantity": 8, "months": 3, "workload": "PRETRAINING",
                               "independence": "FROM_SCRATCH" },
                  "data": { "need": "PURCHASE", "domains": ["FINANCE"], "sensitivity": "ANONYMOUS",
                            "closedEnvironment": true, "linkage": true, "exportArtifact": "RESULTS" },
                  "regulation": { "sandboxTrack": "DEMONSTRATION", "generativeAi": true, "highImpactDomain": "HEALTHCARE" },
                  "procurement": { "konepsRegistered": true, "innovationProduct": "DESIGNATED", "targetAgencies": ["경찰청"] },
                  "global": { "targetCountries": ["VN"], "demandSite": "NEGOTIATING", "governmentBacked": true },
                  "infra": { "powerMw": 2.5, "siteRegion": "NON_CAPITAL", "spectrum": "TVWS" },
                  "consortium": [ { "name": "파트너", "sizeClass": "SMALL_BUSINESS", "role": "MEMBER" } ]
                }
                """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_full_proposal_of_this_test_sets_every_field_of_the_schema() {
        JsonNode full = full();
        List<String> missing = SchemaLeaves.of(SCHEMA).stream().filter(f -> SchemaLeaves.at(full, f.path()).isMissingNode()).map(ProposalField::path).toList();
        assertThat(missing).as("add these fields of proposal.schema.json to full() of this test").isEmpty();
    }

    @Test
    void every_schema_field_is_a_component_of_the_form_records_and_back() {
        Set<String> recordPaths = new TreeSet<>();
        recordPaths(ProposalForm.class, "", recordPaths);
        Set<String> schemaPaths = SCHEMA.allFields().stream().map(ProposalField::path).collect(Collectors.toCollection(TreeSet::new));
        assertThat(recordPaths).as("paths of ProposalForm and its records vs proposal.schema.json").isEqualTo(schemaPaths);
    }

    @Test
    void every_schema_field_reaches_the_rule_facts_with_its_value() {
        ProposalForm form = ProposalJson.bind(SCHEMA.normalise(full()));
        kr.oneteam.rules.fact.Proposal fact = RulesFacts.of(0, form);
        List<String> wrong = new ArrayList<>();
        for (ProposalField field : SchemaLeaves.of(SCHEMA)) {
            Object expected = valueOf(form, field.path());
            Object actual;
            try {
                actual = valueOf(fact, field.path());
            } catch (IllegalArgumentException noGetter) {
                wrong.add(field.path() + ": " + noGetter.getMessage());
                continue;
            }
            if (!comparable(expected).equals(comparable(actual))) {
                wrong.add(field.path() + ": form " + expected + " but fact " + actual);
            }
        }
        assertThat(wrong).as("rules/fact and RulesFacts vs proposal.schema.json").isEmpty();
    }

    @Test
    void every_schema_field_and_block_has_a_label_in_korean_and_english() {
        // a block is titled block.<name>; a value, and a list item's line, is labelled field.<path>
        for (String bundle : List.of("/i18n/ui.properties", "/i18n/ui_en.properties")) {
            assertThat(missingLabels(SCHEMA, bundle)).as(bundle).isEmpty();
        }
    }

    @Test
    void the_detail_snapshot_shows_every_field_with_its_value() {
        ObjectNode document = SCHEMA.normalise(full());
        List<ProposalDetail.Block> blocks = ProposalSnapshots.blocks(SCHEMA, document);
        Map<String, Object> shown = new java.util.HashMap<>();
        blocks.forEach(b -> b.lines().forEach(l -> shown.put(l.labelKey(), l.value())));
        List<String> missing = new ArrayList<>();
        for (ProposalField field : SchemaLeaves.of(SCHEMA)) {
            boolean inItems = field.path().contains(".") && SCHEMA.field(field.path().substring(0, field.path().indexOf('.')))
                    .kind() == ProposalField.Kind.ITEMS;
            String key = inItems ? "field." + field.path().substring(0, field.path().indexOf('.')) : field.labelKey();
            if (!field.path().equals("text") && shown.get(key) == null) {
                missing.add(key);
            }
        }
        assertThat(missing).as("lines without a value in ProposalSnapshots").isEmpty();
        assertThat(blocks.stream().map(ProposalDetail.Block::titleKey))
                .containsExactly("block.proposal", "block.company", "block.compute", "block.data", "block.regulation",
                        "block.procurement", "block.global", "block.infra", "block.consortium");
    }

    @Test
    void every_schema_field_is_stored_and_read_back_as_submitted() {
        Api api = new Api(port);
        Api.Reply created = api.post("intake", "/api/proposals", full());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply read = api.get("officer", "/api/proposals/" + created.json().get("id").asLong());
        assertThat(read.status()).isEqualTo(200);
        JsonNode expected = SCHEMA.normalise(full());
        List<String> differ = new ArrayList<>();
        for (ProposalField field : SchemaLeaves.of(SCHEMA)) {
            JsonNode sent = SchemaLeaves.at(expected, field.path());
            JsonNode back = SchemaLeaves.at(read.json(), field.path());
            if (!comparable(sent).equals(comparable(back))) {
                differ.add(field.path() + ": sent " + sent + ", read back " + back);
            }
        }
        assertThat(differ).as("stored document, bulk insert or ProposalEntities vs proposal.schema.json").isEmpty();
    }

    /**
     * Decision 061's count, made on a copy of the schema with {@code compute.storageTb} (integer 0–10,000) added, as a
     * rule-read field would be. From the schema alone, with no other change, it is validated with its limit, shown on
     * the detail snapshot and (being a record component then) stored in the document and served by the API. The
     * sheet column (headers in the schema's x-sheet) follows too. The
     * three other places are the form record, the labels and the rule fact: each one forgotten fails, naming the
     * field — the binder at start-up, the label test here, the fact binder at start-up.
     */
    @Test
    void adding_a_field_is_the_schema_the_form_record_the_labels_and_the_fact() {
        ObjectNode tree = SCHEMA.json();
        ((ObjectNode) tree.path("$defs").path("compute").path("properties")).putObject("storageTb")
                .put("type", "integer").put("minimum", 0).put("maximum", 10_000)
                .putArray("x-sheet").add("스토리지(TB)").add("Storage (TB)");
        ProposalSchema withStorage = ProposalSchema.of(tree);
        ObjectNode document = full();
        ((ObjectNode) document.get("compute")).put("storageTb", 500);

        // 1. the schema: validation and its limit, the snapshot line — nothing else written
        var checks = new kr.oneteam.app.intake.CompiledSchema(withStorage);
        assertThat(checks.validate(document)).isEmpty();
        ObjectNode tooMuch = document.deepCopy();
        ((ObjectNode) tooMuch.get("compute")).put("storageTb", 10_001);
        assertThat(checks.validate(tooMuch)).extracting(kr.oneteam.app.intake.FieldProblem::field)
                .containsExactly("compute.storageTb");
        assertThat(new kr.oneteam.app.intake.CompiledSchema(SCHEMA).validate(document))
                .as("the shipped schema refuses the unknown member").isNotEmpty();
        Map<String, Object> shown = new java.util.HashMap<>();
        ProposalSnapshots.blocks(withStorage, withStorage.normalise(document))
                .forEach(b -> b.lines().forEach(l -> shown.put(l.labelKey(), l.value())));
        assertThat(shown).containsKey("field.compute.storageTb");
        assertThat(String.valueOf(shown.get("field.compute.storageTb"))).contains("500");
        // ... and the spreadsheet column, with the headers the schema gives it, after its block's last field
        List<String> sheetPaths = kr.oneteam.app.exchange.SheetColumns.fromSchema(withStorage).stream()
                .map(kr.oneteam.app.exchange.SheetColumn::path).toList();
        assertThat(sheetPaths.get(sheetPaths.indexOf("compute.independence") + 1)).isEqualTo("compute.storageTb");

        // 2. the form record: until ComputeForm has storageTb, the binder refuses to start, naming the field
        assertThatThrownBy(() -> new ProposalBinder(withStorage)).hasMessageContaining("compute.storageTb")
                .hasMessageContaining("ComputeForm");

        // 3. the labels: field.compute.storageTb is missing in both languages until it is written
        for (String bundle : List.of("/i18n/ui.properties", "/i18n/ui_en.properties")) {
            assertThat(missingLabels(withStorage, bundle)).as(bundle).containsExactly("field.compute.storageTb");
        }

        // 4. the fact: a form record with storageTb does not bind to rules/fact Compute until it has storageTb
        assertThat(kr.oneteam.app.routing.FactBinder.of(ComputeForm.class, kr.oneteam.rules.fact.Compute.class)
                .apply(new ComputeForm(null, 8, 3, null, null))).isInstanceOf(kr.oneteam.rules.fact.Compute.class);
        assertThatThrownBy(() -> kr.oneteam.app.routing.FactBinder.of(ComputeFormWithStorage.class,
                kr.oneteam.rules.fact.Compute.class)).hasMessageContaining("storageTb");

        // and storage follows the record: the stored document is the form as written, every component in it
        JsonNode stored = read(ProposalJson.stored(ProposalJson.bind(SCHEMA.normalise(full()))));
        assertThat(SchemaLeaves.of(SCHEMA).stream().filter(f -> SchemaLeaves.at(stored, f.path()).isMissingNode()).map(ProposalField::path).toList())
                .as("schema fields missing from the stored document").isEmpty();
    }

    /** ComputeForm as it would be with the new field: the fact binder's view of step 2 done and step 4 forgotten. */
    record ComputeFormWithStorage(kr.oneteam.domain.vocabulary.Accelerator accelerator, Integer quantity, Integer months,
                                  kr.oneteam.domain.vocabulary.Workload workload,
                                  kr.oneteam.domain.vocabulary.Independence independence, Integer storageTb) {
    }

    private static List<String> missingLabels(ProposalSchema schema, String bundle) {
        Properties labels = new Properties();
        try (InputStream in = ProposalModelCoverageTest.class.getResourceAsStream(bundle)) {
            labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> missing = new ArrayList<>();
        for (ProposalField field : schema.allFields()) {
            if (field.kind() != ProposalField.Kind.BLOCK && !labels.containsKey(field.labelKey())) {
                missing.add(field.labelKey());
            }
            if ((field.kind() == ProposalField.Kind.BLOCK || field.kind() == ProposalField.Kind.ITEMS)
                    && !labels.containsKey("block." + field.name())) {
                missing.add("block." + field.name());
            }
        }
        return missing;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers ----



    private static void recordPaths(Class<?> type, String prefix, Set<String> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            paths.add(path);
            Class<?> nested = elementType(component.getGenericType());
            if (nested.isRecord()) {
                recordPaths(nested, path + ".", paths);
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType generic && Collection.class.isAssignableFrom((Class<?>) generic.getRawType())) {
            return (Class<?>) generic.getActualTypeArguments()[0];
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    /** Follows a path by record accessors or bean getters; through a list, its first item. */
    private static Object valueOf(Object root, String path) {
        Object value = root;
        for (String part : path.split("\\.")) {
            if (value instanceof List<?> list) {
                value = list.isEmpty() ? null : list.get(0);
            }
            if (value == null) {
                return null;
            }
            value = invoke(value, part);
        }
        return value;
    }

    private static Object invoke(Object target, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + capital, "is" + capital)) {
            try {
                Method method = target.getClass().getMethod(candidate);
                Object result = method.invoke(target);
                return result instanceof java.util.Optional<?> optional ? optional.orElse(null) : result;
            } catch (NoSuchMethodException next) {
                // try the next spelling
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no " + name + "() / get" + capital + "() / is" + capital + "() on "
                + target.getClass().getName());
    }

    /** Values of different carriers (enum, text, JSON, set, list) compared by their text, sets unordered. */
    private static String comparable(Object value) {
        if (value == null || value instanceof JsonNode node && (node.isMissingNode() || node.isNull())) {
            return "null";
        }
        if (value instanceof JsonNode node) {
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                    items.add(comparable(it.next()));
                }
                return new TreeSet<>(items).toString();
            }
            if (node.isNumber()) {
                return comparable(node.decimalValue());
            }
            try {
                return java.time.OffsetDateTime.parse(node.asText()).toInstant().toString();
            } catch (java.time.format.DateTimeParseException notATime) {
                return node.asText();
            }
        }
        if (value instanceof Collection<?> items) {
            return new TreeSet<>(items.stream().map(ProposalModelCoverageTest::comparable).toList()).toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return comparable(new BigDecimal(number.toString()));
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return value.toString();
    }
}
