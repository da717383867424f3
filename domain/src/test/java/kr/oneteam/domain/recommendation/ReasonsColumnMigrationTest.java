package kr.oneteam.domain.recommendation;

import kr.oneteam.domain.support.ChainOfMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V140 moves stored reasons from their own table into their recommendation's column (decision 147): every reason
 * survives, in its order, with any text (line breaks, backslashes, Korean); a recommendation without reasons reads
 * back as none; the old table is gone. On H2 and on a real PostgreSQL.
 */
class ReasonsColumnMigrationTest {

    @Test
    void stored_reasons_move_into_their_recommendation_on_h2() throws Exception {
        String url = "jdbc:h2:mem:v140-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        migratesEveryReason(url, "sa", "", "set referential_integrity false");
    }

    @Test
    void stored_reasons_move_into_their_recommendation_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            migratesEveryReason(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    "set session_replication_role = replica");
        }
    }

    private static void migratesEveryReason(String url, String user, String password, String noForeignKeys)
            throws Exception {
        // Migrated as far as the last version before V140, then the old shape is filled in.
        String before = java.util.Arrays.stream(Flyway.configure().dataSource(url, user, password).load().info().all())
                .map(m -> m.getVersion()).filter(v -> !v.isAtLeast("140"))
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
        // the chain as an installation of that time ran it (an empty database would otherwise take the baseline B160)
        ChainOfMigrations.flyway().dataSource(url, user, password).target(before).load().migrate();
        Map<Long, List<RuleReason>> expected = new LinkedHashMap<>();
        expected.put(1L, List.of(new RuleReason("R-CMP-01", "소규모 GPU 요청"), new RuleReason("R-SCR-01", "점수 +10")));
        expected.put(2L, List.of(new RuleReason("R-BKL-01", "정책과제 이관: 규제\n둘째 줄 \\ 역슬래시")));
        expected.put(3L, List.of());
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(noForeignKeys);
            for (long id : expected.keySet()) {
                s.execute("insert into recommendation (id, proposal_id, rank_no, programme, eligibility, score, override,"
                        + " reserved_amount, reserved_unit) values (" + id + ", 99, 0, 'P01', 'ELIGIBLE', 50, false, 0, 'NONE')");
            }
            try (PreparedStatement reason = c.prepareStatement("insert into recommendation_reason"
                    + " (recommendation_id, item_order, rule_id, reason_text) values (?, ?, ?, ?)")) {
                // Written last item first: the order that counts is item_order, not the insertion order.
                for (Map.Entry<Long, List<RuleReason>> e : expected.entrySet()) {
                    for (int k = e.getValue().size() - 1; k >= 0; k--) {
                        reason.setLong(1, e.getKey());
                        reason.setInt(2, k);
                        reason.setString(3, e.getValue().get(k).rule());
                        reason.setString(4, e.getValue().get(k).text());
                        reason.executeUpdate();
                    }
                }
            }
        }

        Flyway.configure().dataSource(url, user, password).load().migrate();

        RuleReasonsConverter converter = new RuleReasonsConverter();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            Map<Long, List<RuleReason>> migrated = new LinkedHashMap<>();
            try (ResultSet rows = s.executeQuery("select id, reasons from recommendation order by id")) {
                while (rows.next()) {
                    migrated.put(rows.getLong(1), converter.convertToEntityAttribute(rows.getString(2)));
                }
            }
            assertThat(migrated).isEqualTo(expected);
            assertThatThrownBy(() -> s.executeQuery("select count(*) from recommendation_reason"))
                    .hasMessageContaining("recommendation_reason");
        }
    }
}
