package kr.oneteam.domain.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.proposal.ProposalSchema;
import kr.oneteam.domain.support.ChainOfMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V150–V152 (decision 061) on a database that has proposals in the old block columns: a database migrated to V130,
 * rows written there with the columns of V3/V30 exactly as the old bulk insert wrote them (sets {@code ,A,B,}, lists
 * one item per line and escaped, a block present by its {@code *_given} marker, the consortium in its table), then
 * migrated to the end. Every proposal's document must hold every value its columns held, and the columns must be
 * gone. Subclasses give the database (H2 in PostgreSQL mode, a real PostgreSQL).
 */
abstract class ProposalContentMigrationContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProposalSchema SCHEMA = ProposalSchema.standard();

    protected abstract DataSource database();

    /** Every field of the schema set, most to something other than their default; text that needs escaping. */
    private static final String FULL = """
            { "externalRef": "OLD-FULL", "receivedAt": "2025-12-31T15:30:00+09:00", "channel": "PORTAL",
              "company": { "name": "커버리지AI", "bizRegNo": "987-65-43215", "sizeClass": "SME",
                "startup": true, "venture": true, "youthFounded": true, "region": "NON_CAPITAL",
                "valueChain": ["AI_CHIP", "AI_SERVICE"], "supplierRoles": ["DATA_SUPPLIER"], "currentAwards": ["P01", "P13"] },
              "title": "모든 항목을 채운 제안", "text": "GPU와 \\"데이터\\"\\n둘째 줄, 쉼표 \\\\ 포함",
              "categories": ["COMPUTE", "DATA", "GLOBAL"], "themes": ["AX"], "stage": "POC",
              "requestedAmountKrw": 50000000,
              "compute": { "accelerator": "H100", "quantity": 8, "months": 3, "workload": "PRETRAINING",
                           "independence": "FROM_SCRATCH" },
              "data": { "need": "PURCHASE", "domains": ["FINANCE", "MEDICAL"], "sensitivity": "ANONYMOUS",
                        "closedEnvironment": true, "linkage": true, "exportArtifact": "RESULTS" },
              "regulation": { "sandboxTrack": "DEMONSTRATION", "generativeAi": true, "highImpactDomain": "HEALTHCARE" },
              "procurement": { "konepsRegistered": true, "innovationProduct": "DESIGNATED",
                               "targetAgencies": ["경찰청, 본청", "줄\\n바꿈 \\\\ 기관"] },
              "global": { "targetCountries": ["VN", "US"], "demandSite": "NEGOTIATING", "governmentBacked": true },
              "infra": { "powerMw": 2.5, "siteRegion": "NON_CAPITAL", "spectrum": "TVWS" },
              "consortium": [ { "name": "파트너", "sizeClass": "SMALL_BUSINESS", "role": "MEMBER" },
                              { "name": "리드", "sizeClass": "LARGE", "role": "LEAD" } ] }
            """;

    /** Only what was required; no block, no number of registration, nulls everywhere else. */
    private static final String MINIMAL = """
            { "receivedAt": "2025-07-08T06:30:00Z", "channel": "MEETING",
              "company": { "name": "최소기업", "sizeClass": "SMALL_BUSINESS", "region": "CAPITAL" },
              "title": "GPU 지원 요청", "text": "학습용 GPU가 부족합니다.", "categories": ["ECOSYSTEM"], "stage": "RESEARCH" }
            """;

    @Test
    void proposals_in_the_block_columns_become_documents_holding_every_value_and_the_columns_go() throws Exception {
        DataSource db = database();
        // the chain as an installation of that time ran it (an empty database would otherwise take the baseline B160)
        ChainOfMigrations.flyway().dataSource(db).target("130").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into company (id, name, biz_reg_no) values (1001, '커버리지AI', '987-65-43215')");
            s.execute("insert into company (id, name, biz_reg_no) values (1002, '최소기업', null)");
            s.execute("""
                    insert into proposal (id, version, external_ref, received_at, channel, company_id, company_name,
                      size_class, startup, venture, youth_founded, region, value_chain, supplier_roles, current_awards,
                      title, proposal_text, categories, themes, stage, requested_amount_krw,
                      compute_given, compute_accelerator, compute_quantity, compute_months, compute_workload, compute_independence,
                      data_given, data_need, data_domains, data_sensitivity, data_closed_environment, data_linkage, data_export_artifact,
                      regulation_given, regulation_sandbox_track, regulation_generative_ai, regulation_high_impact_domain,
                      procurement_given, procurement_koneps_registered, procurement_innovation_product, procurement_target_agencies,
                      global_given, global_target_countries, global_demand_site, global_government_backed,
                      infra_given, infra_power_mw, infra_site_region, infra_spectrum,
                      status, eligible_count, created_at)
                    values (2001, 3, 'OLD-FULL', timestamp with time zone '2025-12-31 15:30:00+09:00', 'PORTAL', 1001, '커버리지AI',
                      'SME', true, true, true, 'NON_CAPITAL', ',AI_CHIP,AI_SERVICE,', ',DATA_SUPPLIER,', ',P01,P13,',
                      '모든 항목을 채운 제안', 'GPU와 "데이터"' || chr(10) || '둘째 줄, 쉼표 \\ 포함', ',COMPUTE,DATA,GLOBAL,', ',AX,', 'POC', 50000000,
                      true, 'H100', 8, 3, 'PRETRAINING', 'FROM_SCRATCH',
                      true, 'PURCHASE', ',FINANCE,MEDICAL,', 'ANONYMOUS', true, true, 'RESULTS',
                      true, 'DEMONSTRATION', true, 'HEALTHCARE',
                      true, true, 'DESIGNATED', '경찰청, 본청' || chr(10) || '줄\\n바꿈 \\\\ 기관',
                      true, 'VN' || chr(10) || 'US', 'NEGOTIATING', true,
                      true, 2.500, 'NON_CAPITAL', 'TVWS',
                      'DECIDED', 1, timestamp with time zone '2026-01-02 09:00:00+09:00')""");
            s.execute("insert into proposal_consortium (proposal_id, item_order, name, size_class, member_role)"
                    + " values (2001, 0, '파트너', 'SMALL_BUSINESS', 'MEMBER')");
            s.execute("insert into proposal_consortium (proposal_id, item_order, name, size_class, member_role)"
                    + " values (2001, 1, '리드', 'LARGE', 'LEAD')");
            s.execute("""
                    insert into proposal (id, version, received_at, channel, company_id, company_name,
                      size_class, startup, venture, youth_founded, region, title, proposal_text, categories, stage,
                      status, eligible_count, created_at)
                    values (2002, 0, timestamp with time zone '2025-07-08 06:30:00+00:00', 'MEETING', 1002, '최소기업',
                      'SMALL_BUSINESS', false, false, false, 'CAPITAL', 'GPU 지원 요청', '학습용 GPU가 부족합니다.', ',ECOSYSTEM,', 'RESEARCH',
                      'NEW', 0, timestamp with time zone '2026-01-02 09:00:00+09:00')""");
        }

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        Map<Long, JsonNode> documents = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, content, status, size_class, region, title from proposal order by id")) {
            while (r.next()) {
                documents.put(r.getLong("id"), JSON.readTree(r.getString("content")));
            }
        }
        assertThat(documents).containsOnlyKeys(2001L, 2002L);
        JsonNode full = documents.get(2001L);
        List<String> unset = new ArrayList<>();
        for (ProposalField f : SCHEMA.allFields()) {
            if (at(full, f.path()).isMissingNode()) {
                unset.add(f.path());
            }
        }
        assertThat(unset).as("fields of the schema the migrated full proposal does not hold").isEmpty();
        assertThat(differences(SCHEMA.normalise(JSON.readTree(FULL)), full)).isEmpty();
        assertThat(differences(SCHEMA.normalise(JSON.readTree(MINIMAL)), documents.get(2002L))).isEmpty();
        assertThat(columnsOf(db, "proposal")).contains("content", "size_class", "region", "regulation_sandbox_track",
                "title", "categories",
                "stage", "status", "received_at", "external_ref", "channel")
                .doesNotContain("proposal_text", "compute_given", "startup", "infra_power_mw", "themes");
        assertThat(columnsOf(db, "proposal_consortium")).isEmpty();
    }

    /** Field by field, numbers as decimals and date-times as instants; paths that differ, with both values. */
    private static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differ = new ArrayList<>();
        compare("", expected, actual, differ);
        compare("", actual, expected, new ArrayList<>());   // no member only on one side: checked by the count below
        if (!fieldNames(expected).equals(fieldNames(actual))) {
            differ.add("members differ: expected " + fieldNames(expected) + ", got " + fieldNames(actual));
        }
        return differ;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differ) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                compare(path + member.getKey() + ".", member.getValue(), actual.path(member.getKey()), differ);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                differ.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + i + ".", expected.get(i), actual.get(i), differ);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differ.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (path.equals("receivedAt.")) {
            if (!OffsetDateTime.parse(expected.asText()).toInstant().equals(OffsetDateTime.parse(actual.asText()).toInstant())) {
                differ.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            differ.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        collect("", node, names);
        return names;
    }

    private static void collect(String path, JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(n -> {
                names.add(path + n);
                collect(path + n + ".", node.get(n), names);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + i + ".", node.get(i), names);
            }
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.isArray() ? node.path(0).path(part) : node.path(part);
        }
        return node;
    }

    private static List<String> columnsOf(DataSource db, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.getConnection();
             ResultSet r = c.getMetaData().getColumns(null, null, table, null)) {
            while (r.next()) {
                columns.add(r.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

}
