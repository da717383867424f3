/**
 * "What would change it" (반사실 설명) for the case screen: per programme a proposal does not get as ELIGIBLE,
 * the smallest single changes that would make it so, found by routing variants of the stored proposal with the
 * active ruleset (rules module, {@code kr.oneteam.rules.whatif}) — nothing is stored, and results are kept per
 * ruleset version and proposal until a new version is active.
 */
package kr.oneteam.app.whatif;
