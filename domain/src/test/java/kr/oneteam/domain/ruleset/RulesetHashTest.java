package kr.oneteam.domain.ruleset;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesetHashTest {

    private static final String HASH = "sha256:" + "0123456789abcdef".repeat(4);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T01:00:00Z"), ZoneId.of("Asia/Seoul"));

    @Test
    void a_hash_is_sha256_and_64_hex_digits_and_its_short_form_names_the_version() {
        assertThat(RulesetHash.parse(HASH).value()).isEqualTo(HASH);
        assertThat(RulesetHash.parse(HASH).shortForm()).isEqualTo("0123456789ab");
        assertThatThrownBy(() -> RulesetHash.parse("md5:abc")).hasMessageContaining("sha256:");
        assertThatThrownBy(() -> RulesetHash.parse(HASH.toUpperCase())).hasMessageContaining("sha256:");
    }

    @Test
    void nobody_approves_their_own_request_and_a_rollback_names_its_version() {
        assertThatThrownBy(() -> RulesetProvenance.of(RulesetSource.WORKSPACE, "analyst").approvedBy("analyst"))
                .hasMessageContaining("own request");
        assertThatThrownBy(() -> new RulesetVersion(RulesetHash.parse(HASH), List.of(new RulesetFile("a.drl", "rule")), 1,
                RulesetProvenance.of(RulesetSource.ROLLBACK, "admin"), CLOCK)).hasMessageContaining("rolls back to");
        assertThat(RulesetProvenance.rollback("admin", 12).sourceDetail()).isEqualTo("#12");
        assertThat(RulesetProvenance.of(RulesetSource.WORKSPACE, "analyst").approvedBy("analyst2").publishedBy())
                .isEqualTo("analyst2");
    }

    @Test
    void a_version_is_scheduled_until_activated_and_retired_after() {
        RulesetVersion v = new RulesetVersion(RulesetHash.parse(HASH), List.of(new RulesetFile("a.drl", "rule")), 1,
                RulesetProvenance.of(RulesetSource.WORKSPACE, "analyst")
                        .effectiveAt(java.time.OffsetDateTime.parse("2026-01-15T12:00:00+09:00")), CLOCK);

        assertThat(v.isScheduled()).isTrue();
        assertThat(v.isDue(java.time.OffsetDateTime.parse("2026-01-15T11:59:00+09:00"))).isFalse();
        assertThat(v.isDue(java.time.OffsetDateTime.parse("2026-01-15T12:00:00+09:00"))).isTrue();
        v.activate(CLOCK);
        assertThat(v.isActive()).isTrue();
        assertThat(v.isScheduled()).isFalse();
        v.retire(CLOCK);
        assertThat(v.isActive()).isFalse();
        assertThat(v.getRetiredAt()).isNotNull();
        assertThat(v.getName()).isEqualTo("0123456789ab");
    }
}
