package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.oneteam.domain.persistence.StringListConverter;
import kr.oneteam.domain.proposal.ProposalSchema;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decision 061: every proposal stored before V150 gets its document ({@code proposal.content}), made from its block
 * columns and its consortium rows as the intake would store that proposal today — normalised by
 * {@code proposal.schema.json} (contract order, defaults filled, sets in vocabulary order, no nulls). Then the column
 * is required; V152 drops the block columns. Plain JDBC in slices of {@value #SLICE} rows by id, so that it runs the
 * same on H2 and PostgreSQL and a large table is never held in memory. {@code receivedAt} keeps what the database
 * holds (H2 the offset as sent, PostgreSQL the instant): the same instant the proposal was read with before.
 */
public class V151__proposal_content_from_columns extends BaseJavaMigration {

    private static final int SLICE = 500;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StringListConverter LISTS = new StringListConverter();

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        ProposalSchema schema = ProposalSchema.standard();
        long after = Long.MIN_VALUE;
        while (true) {
            Map<Long, ObjectNode> slice = readSlice(db, after);
            if (slice.isEmpty()) {
                break;
            }
            addConsortium(db, slice);
            try (PreparedStatement update = db.prepareStatement("update proposal set content = ? where id = ?")) {
                for (Map.Entry<Long, ObjectNode> row : slice.entrySet()) {
                    update.setString(1, JSON.writeValueAsString(schema.normalise(row.getValue())));
                    update.setLong(2, row.getKey());
                    update.addBatch();
                    after = Math.max(after, row.getKey());
                }
                update.executeBatch();
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("alter table proposal alter column content set not null");
        }
    }

    private static Map<Long, ObjectNode> readSlice(Connection db, long after) throws SQLException {
        Map<Long, ObjectNode> documents = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("select p.*, c.biz_reg_no as company_biz_reg_no from proposal p"
                + " join company c on c.id = p.company_id where p.id > ? and p.content is null order by p.id")) {
            q.setLong(1, after);
            q.setMaxRows(SLICE);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    documents.put(r.getLong("id"), document(r));
                }
            }
        }
        return documents;
    }

    /** The columns of V3/V30 as the document of the contract; a block is there when its {@code *_given} marker is. */
    static ObjectNode document(ResultSet r) throws SQLException {
        ObjectNode d = NODES.objectNode();
        text(d, "externalRef", r.getString("external_ref"));
        OffsetDateTime received = r.getObject("received_at", OffsetDateTime.class);
        d.put("receivedAt", received.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        d.put("channel", r.getString("channel"));
        ObjectNode company = d.putObject("company");
        company.put("name", r.getString("company_name"));
        text(company, "bizRegNo", r.getString("company_biz_reg_no"));
        company.put("sizeClass", r.getString("size_class"));
        company.put("startup", r.getBoolean("startup"));
        company.put("venture", r.getBoolean("venture"));
        company.put("youthFounded", r.getBoolean("youth_founded"));
        company.put("region", r.getString("region"));
        set(company, "valueChain", r.getString("value_chain"));
        set(company, "supplierRoles", r.getString("supplier_roles"));
        set(company, "currentAwards", r.getString("current_awards"));
        d.put("title", r.getString("title"));
        d.put("text", r.getString("proposal_text"));
        set(d, "categories", r.getString("categories"));
        set(d, "themes", r.getString("themes"));
        d.put("stage", r.getString("stage"));
        long amount = r.getLong("requested_amount_krw");
        if (!r.wasNull()) {
            d.put("requestedAmountKrw", amount);
        }
        if (given(r, "compute_given")) {
            ObjectNode c = d.putObject("compute");
            text(c, "accelerator", r.getString("compute_accelerator"));
            integer(c, "quantity", r, "compute_quantity");
            integer(c, "months", r, "compute_months");
            text(c, "workload", r.getString("compute_workload"));
            text(c, "independence", r.getString("compute_independence"));
        }
        if (given(r, "data_given")) {
            ObjectNode c = d.putObject("data");
            text(c, "need", r.getString("data_need"));
            set(c, "domains", r.getString("data_domains"));
            text(c, "sensitivity", r.getString("data_sensitivity"));
            c.put("closedEnvironment", r.getBoolean("data_closed_environment"));
            c.put("linkage", r.getBoolean("data_linkage"));
            text(c, "exportArtifact", r.getString("data_export_artifact"));
        }
        if (given(r, "regulation_given")) {
            ObjectNode c = d.putObject("regulation");
            text(c, "sandboxTrack", r.getString("regulation_sandbox_track"));
            c.put("generativeAi", r.getBoolean("regulation_generative_ai"));
            text(c, "highImpactDomain", r.getString("regulation_high_impact_domain"));
        }
        if (given(r, "procurement_given")) {
            ObjectNode c = d.putObject("procurement");
            c.put("konepsRegistered", r.getBoolean("procurement_koneps_registered"));
            text(c, "innovationProduct", r.getString("procurement_innovation_product"));
            list(c, "targetAgencies", r.getString("procurement_target_agencies"));
        }
        if (given(r, "global_given")) {
            ObjectNode c = d.putObject("global");
            list(c, "targetCountries", r.getString("global_target_countries"));
            text(c, "demandSite", r.getString("global_demand_site"));
            c.put("governmentBacked", r.getBoolean("global_government_backed"));
        }
        if (given(r, "infra_given")) {
            ObjectNode c = d.putObject("infra");
            BigDecimal power = r.getBigDecimal("infra_power_mw");
            if (power != null) {
                c.put("powerMw", power);
            }
            text(c, "siteRegion", r.getString("infra_site_region"));
            text(c, "spectrum", r.getString("infra_spectrum"));
        }
        d.putArray("consortium");
        return d;
    }

    private static void addConsortium(Connection db, Map<Long, ObjectNode> slice) throws SQLException {
        List<Long> ids = new ArrayList<>(slice.keySet());
        String marks = String.join(",", ids.stream().map(id -> "?").toList());
        try (PreparedStatement q = db.prepareStatement("select proposal_id, name, size_class, member_role"
                + " from proposal_consortium where proposal_id in (" + marks + ") order by proposal_id, item_order")) {
            for (int i = 0; i < ids.size(); i++) {
                q.setLong(i + 1, ids.get(i));
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ((ArrayNode) slice.get(r.getLong(1)).get("consortium")).addObject()
                            .put("name", r.getString(2)).put("sizeClass", r.getString(3)).put("role", r.getString(4));
                }
            }
        }
    }

    private static boolean given(ResultSet r, String column) throws SQLException {
        boolean given = r.getBoolean(column);
        return given && !r.wasNull();
    }

    private static void text(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void integer(ObjectNode o, String name, ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        if (!r.wasNull()) {
            o.put(name, value);
        }
    }

    /** {@code ,A,B,} (EnumSetConverter, ProgrammeCodeSetConverter) as a JSON array; normalise orders it. */
    private static void set(ObjectNode o, String name, String column) {
        ArrayNode values = o.putArray(name);
        if (column != null) {
            for (String v : column.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
        }
    }

    /** One item per line, escaped (StringListConverter). */
    private static void list(ObjectNode o, String name, String column) {
        ArrayNode values = o.putArray(name);
        List<String> items = LISTS.convertToEntityAttribute(column);
        if (items != null) {
            items.forEach(values::add);
        }
    }
}
