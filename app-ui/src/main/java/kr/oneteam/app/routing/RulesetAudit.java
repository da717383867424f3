package kr.oneteam.app.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.ruleset.RulesetVersion;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit entries of ruleset publication (TEAM.md vocabulary): {@code RULESET ACTIVATE}, {@code RULESET
 * IMPORT} (a directory's content published), {@code RULESET SCHEDULE} (published with an effective time still
 * to come), {@code RULESET REFUSE}. Before and after are small JSON objects naming versions by id and hash.
 * Written in the transaction of the change they record; a refusal changes nothing, so it has its own.
 */
@Component
class RulesetAudit {

    static final String ACTIVATE = "RULESET ACTIVATE";
    static final String IMPORT = "RULESET IMPORT";
    static final String SCHEDULE = "RULESET SCHEDULE";
    static final String REFUSE = "RULESET REFUSE";

    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    RulesetAudit(AuditLog audit, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    void activated(String actor, RulesetVersion previous, RulesetVersion next) {
        audit.save(new AuditEntry(clock, actor, null, ACTIVATE, previous == null ? null : write(brief(previous)),
                write(described(next))));
    }

    void imported(String actor, RulesetVersion version) {
        audit.save(new AuditEntry(clock, actor, null, IMPORT, null, write(described(version))));
    }

    void scheduled(String actor, RulesetVersion version) {
        audit.save(new AuditEntry(clock, actor, null, SCHEDULE, null, write(described(version))));
    }

    void refused(String actor, String channel, String hash, List<String> problems) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("channel", channel);
        after.put("hash", hash);
        after.put("problems", problems);
        audit.save(new AuditEntry(clock, actor, null, REFUSE, null, write(after)));
    }

    static Map<String, Object> brief(RulesetVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.getId());
        m.put("hash", v.getContentHash());
        return m;
    }

    private static Map<String, Object> described(RulesetVersion v) {
        Map<String, Object> m = brief(v);
        m.put("source", v.getSource().name());
        m.put("sourceDetail", v.getSourceDetail());
        m.put("rules", v.getRuleCount());
        m.put("requestedBy", v.getRequestedBy());
        m.put("approvedBy", v.getApprovedBy());
        m.put("note", v.getNote());
        m.put("effectiveAt", v.getEffectiveAt() == null ? null : v.getEffectiveAt().toString());
        m.put("rolledBackFrom", v.getRolledBackFrom());
        return m;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state is plain maps and strings", e);
        }
    }
}
