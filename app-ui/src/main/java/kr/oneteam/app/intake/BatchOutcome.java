package kr.oneteam.app.intake;

import java.util.List;

/**
 * What became of one item of a batch: {@code CREATED} with the id it was stored under (and, when a rule failed
 * on it, why: it is stored as 미분류), {@code DUPLICATE} with the id of the proposal already stored under its
 * externalRef, or {@code REJECTED} with every problem it had.
 */
public record BatchOutcome(int index, Status status, Long id, List<FieldProblem> problems, Long existingId,
                           String routingFailure) {

    public enum Status { CREATED, DUPLICATE, REJECTED }

    public BatchOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    static BatchOutcome created(int index, long id, String routingFailure) {
        return new BatchOutcome(index, Status.CREATED, id, List.of(), null, routingFailure);
    }

    static BatchOutcome duplicate(int index, long existingId) {
        return new BatchOutcome(index, Status.DUPLICATE, null, List.of(), existingId, null);
    }

    static BatchOutcome rejected(int index, List<FieldProblem> problems) {
        return new BatchOutcome(index, Status.REJECTED, null, problems, null, null);
    }

    public boolean created() {
        return status == Status.CREATED;
    }
}
