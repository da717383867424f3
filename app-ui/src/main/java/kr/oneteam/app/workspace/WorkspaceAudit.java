package kr.oneteam.app.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.workspace.PublicationRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workspace's audit entries, beside the publication's own ({@code RULESET ACTIVATE}, {@code RULESET
 * SCHEDULE}, {@code RULESET REFUSE}): {@code RULESET REQUEST}, {@code RULESET APPROVE}, {@code RULESET RETURN},
 * {@code RULESET WITHDRAW}, and {@code RULESET ROLLBACK} for an ADMIN's rollback without a second approval.
 * Written in the transaction of the request's change.
 */
@Component
class WorkspaceAudit {

    static final String REQUEST = "RULESET REQUEST";
    static final String APPROVE = "RULESET APPROVE";
    static final String RETURN = "RULESET RETURN";
    static final String WITHDRAW = "RULESET WITHDRAW";
    static final String ROLLBACK = "RULESET ROLLBACK";

    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    WorkspaceAudit(AuditLog audit, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    void write(String actor, String action, PublicationRequest request, Map<String, Object> extra) {
        Map<String, Object> after = new LinkedHashMap<>();
        if (request != null) {
            after.put("request", request.getId());
            after.put("kind", request.getKind().name());
            after.put("status", request.getStatus().name());
            after.put("hash", request.getContentHash());
            after.put("requestedBy", request.getRequestedBy());
            after.put("note", request.getNote());
            if (request.getDraftId() != null) {
                after.put("draft", request.getDraftId());
            }
            if (request.getRollbackTo() != null) {
                after.put("rollbackTo", request.getRollbackTo());
            }
            if (request.getEffectiveAt() != null) {
                after.put("effectiveAt", request.getEffectiveAt().toString());
            }
            if (request.getDecisionComment() != null) {
                after.put("comment", request.getDecisionComment());
            }
            if (request.getPublishedVersionId() != null) {
                after.put("version", request.getPublishedVersionId());
            }
        }
        after.putAll(extra);
        try {
            audit.save(new AuditEntry(clock, actor, null, action, null, json.writeValueAsString(after)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state is plain maps and strings", e);
        }
    }
}
