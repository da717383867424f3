/**
 * What rules record instead of changing the proposal: small immutable outcome facts, each joined to its
 * proposal by {@code proposalId} and naming the rule that recorded it. The engine merges them into one
 * recommendation per programme (POLICY.md §2): {@link kr.oneteam.rules.outcome.Contribution} gives a
 * programme an eligibility and a reason, {@link kr.oneteam.rules.outcome.Exclusion} forces INELIGIBLE,
 * {@link kr.oneteam.rules.outcome.Note} adds a reason, {@link kr.oneteam.rules.outcome.Flag} adds a legal
 * note, {@link kr.oneteam.rules.outcome.Grant} an allocation, {@link kr.oneteam.rules.outcome.ScoreBonus}
 * score points; {@link kr.oneteam.rules.outcome.ServedBy} rows are the category → programme table of R-BKL-01.
 */
package kr.oneteam.rules.outcome;
