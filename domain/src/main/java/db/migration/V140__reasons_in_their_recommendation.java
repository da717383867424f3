package db.migration;

import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.recommendation.RuleReasonsConverter;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves every recommendation's reasons from their own table ({@code recommendation_reason}, a row per reason) into
 * a {@code reasons} column of the recommendation (decision 147), encoded by {@link RuleReasonsConverter} exactly as
 * the entity writes it, in order; then drops the old table. Java rather than SQL because the encoding (escaped
 * lines) has no one spelling in both H2's and PostgreSQL's SQL, and a mistake here would lose stored reasons.
 */
public class V140__reasons_in_their_recommendation extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table recommendation add column reasons varchar(" + RuleReasonsConverter.COLUMN_MAX + ")");
        }
        RuleReasonsConverter converter = new RuleReasonsConverter();
        try (Statement read = connection.createStatement();
             PreparedStatement write = connection.prepareStatement("update recommendation set reasons = ? where id = ?")) {
            read.setFetchSize(1000);
            try (ResultSet rows = read.executeQuery("select recommendation_id, rule_id, reason_text"
                    + " from recommendation_reason order by recommendation_id, item_order")) {
                long current = -1;
                List<RuleReason> reasons = new ArrayList<>();
                int pending = 0;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (id != current && !reasons.isEmpty()) {
                        pending += add(write, converter, current, reasons);
                        reasons.clear();
                    }
                    current = id;
                    reasons.add(new RuleReason(rows.getString(2), rows.getString(3)));
                    if (pending >= BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (!reasons.isEmpty()) {
                    add(write, converter, current, reasons);
                }
                write.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop table recommendation_reason");
        }
    }

    private static int add(PreparedStatement write, RuleReasonsConverter converter, long id, List<RuleReason> reasons)
            throws java.sql.SQLException {
        write.setString(1, converter.convertToDatabaseColumn(reasons));
        write.setLong(2, id);
        write.addBatch();
        return 1;
    }
}
