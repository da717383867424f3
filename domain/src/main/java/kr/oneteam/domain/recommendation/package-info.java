/**
 * Recommendations (매칭): one programme for one proposal, with eligibility, score, allocation, the rule
 * ids and Korean reasons behind it, legal flags, the ruleset version that made it, and the officer's
 * decision. Decisions go through the recommendation's methods, which ask the proposal's lifecycle first.
 */
package kr.oneteam.domain.recommendation;
