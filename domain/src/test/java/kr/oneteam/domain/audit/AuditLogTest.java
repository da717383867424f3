package kr.oneteam.domain.audit;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log offers no way to change or remove an entry (the database side is in PersistenceContract). */
class AuditLogTest {

    @Test
    void the_audit_log_repository_has_no_delete_or_update_method() {
        assertThat(Arrays.stream(AuditLog.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove")
                        || name.equals("saveAll") || name.equals("saveAndFlush"))
                .contains("save");
    }

    @Test
    void audit_entries_are_immutable_to_hibernate_and_offer_no_setters() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getMethods()).map(Method::getName)).noneMatch(n -> n.startsWith("set"));
    }

    @Test
    void an_overlong_state_is_cut_and_marked_rather_than_refused() {
        AuditEntry entry = new AuditEntry(Clock.systemUTC(), "officer", null, "proposal.import", null, "x".repeat(30_000));
        assertThat(entry.getAfter()).hasSize(AuditEntry.STATE_MAX).endsWith("[truncated]");
    }
}
