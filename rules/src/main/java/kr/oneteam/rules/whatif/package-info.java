/**
 * "What would change it" (반사실 설명): the smallest single changes to a proposal that would make a
 * programme ELIGIBLE, found by routing variants of the proposal with the engine — never by a second copy of
 * the policy. {@link kr.oneteam.rules.whatif.RuleThresholds} reads, with Drools' own parsers, the numbers the
 * ruleset's conditions compare each proposal field against (literals and named caps of declared types);
 * {@link kr.oneteam.rules.whatif.ProposalVariants} changes one field at a time (enum values, flags, set
 * members, thresholds ±1); {@link kr.oneteam.rules.whatif.Counterfactuals} routes them all in one call and
 * keeps, per programme and field, the change closest to what the company asked.
 */
package kr.oneteam.rules.whatif;
