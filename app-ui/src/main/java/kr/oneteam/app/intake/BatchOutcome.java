package kr.oneteam.app.intake;

import java.util.List;

/** What became of one item of a batch: the id it was stored under, or every problem it had. */
public record BatchOutcome(int index, Long id, List<FieldProblem> problems) {

    public BatchOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean created() {
        return id != null && problems.isEmpty();
    }
}
