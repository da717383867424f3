package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Checks a proposal against {@code proposal.schema.json}: every problem with its JSON path and the intake's message
 * code, in one pass. A member whose value is JSON {@code null} counts as absent (INTAKE.md: null means "not
 * given"), so that no copy without nulls has to be made first. Two implementations that must agree
 * ({@code CompiledSchemaTest} compares them): {@link CompiledSchema}, the one the intake uses, and
 * {@code ProposalValidator} (test code), the maintained validator kept as its oracle.
 */
public interface SchemaCheck {

    List<FieldProblem> validate(JsonNode proposal);

    /**
     * The schema's problems, and whether a string of the proposal may hold a character INTAKE.md refuses (then the
     * reader walks the tree to name them). This default walks the tree once more for it; the compiled checks look
     * at each string as they type-check it, which on a proposal the schema accepts is every string.
     */
    default Checked check(JsonNode proposal) {
        return new Checked(validate(proposal), TextCharacters.anyUnfit(proposal));
    }

    /** What {@link #check} found. */
    record Checked(List<FieldProblem> problems, boolean unfitText) {
    }
}
