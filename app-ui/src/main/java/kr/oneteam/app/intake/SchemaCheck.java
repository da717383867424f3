package kr.oneteam.app.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Checks a proposal (JSON nulls already removed) against {@code proposal.schema.json}: every problem with its JSON
 * path and the intake's message code, in one pass. Two implementations that must agree
 * ({@code CompiledSchemaTest} compares them): {@link CompiledSchema}, the one the intake uses, and
 * {@code ProposalValidator} (test code), the maintained validator kept as its oracle.
 */
public interface SchemaCheck {

    List<FieldProblem> validate(JsonNode proposal);
}
