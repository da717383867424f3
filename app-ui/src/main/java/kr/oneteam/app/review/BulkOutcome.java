package kr.oneteam.app.review;

import java.util.List;
import java.util.Map;

/**
 * What a queue action on several proposals did: the ids it changed and, for each it could not, why (a UI
 * message key with its arguments: closed, someone else saved first, nothing to ask on a decided case). Each
 * proposal is its own transaction, so one refusal leaves the others done.
 */
public record BulkOutcome(List<Long> done, Map<Long, Refusal> refused) {

    public record Refusal(String messageKey, List<Object> arguments) {
    }

    public BulkOutcome {
        done = List.copyOf(done);
        refused = Map.copyOf(refused);
    }
}
