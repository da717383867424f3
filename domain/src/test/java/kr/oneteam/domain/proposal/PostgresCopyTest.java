package kr.oneteam.domain.proposal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which INSERTs have a COPY form; COPY's text escapes. The rows themselves are checked on PostgreSQL (PersistenceContract). */
class PostgresCopyTest {

    @Test
    void an_insert_of_parameters_and_literals_has_a_copy_form_and_one_with_an_expression_has_none() {
        assertThat(PostgresCopy.of("insert into recommendation (id, score, override, reserved_unit, version)\n"
                + " values (?, ?,  false, 'NONE', 0)")).isNotNull();
        assertThat(PostgresCopy.of("insert into proposal (id, document) values (?, cast(? as jsonb))")).isNull();
        assertThat(PostgresCopy.of("insert into proposal (id, document) values (?, ?::jsonb)")).isNull();
        assertThat(PostgresCopy.of("insert into t (a, b) values (?)")).isNull();
        assertThat(PostgresCopy.of("update t set a = ?")).isNull();
    }

    @Test
    void backslashes_tabs_and_line_breaks_are_escaped_and_other_text_is_kept() {
        assertThat(PostgresCopy.escape("정책과제 이관: 규제")).isEqualTo("정책과제 이관: 규제");
        assertThat(PostgresCopy.escape("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
        assertThat(PostgresCopy.escape("\\N")).isEqualTo("\\\\N");
    }
}
