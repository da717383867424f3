/**
 * Intake: turns the JSON of INTAKE.md into a checked {@link kr.oneteam.app.proposal.ProposalForm}, or
 * into the complete list of what is wrong with it. Every invalid field is named by its JSON path and
 * a message code; the API resolves the codes through the MessageSource (Korean by default).
 * Reading is done by hand over the JSON tree rather than by Jackson data binding, because binding
 * stops at the first unknown field or type error and the contract asks for all of them.
 */
package kr.oneteam.app.intake;
