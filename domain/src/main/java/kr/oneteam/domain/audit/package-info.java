/**
 * The append-only audit log: who did what to which proposal, with the state before and after.
 * Entries are {@code @Immutable} and the repository offers no update or delete, so nothing the
 * application does can rewrite history.
 */
package kr.oneteam.domain.audit;
