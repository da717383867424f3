/**
 * Reply deadlines counted from receipt (issue 10): the ones sandbox tracks carry. A programme's own deadline is
 * {@link kr.oneteam.domain.programme.Programme#getReplyDays()}. How a proposal's deadline follows from both is the
 * app's {@code deadline} package (decision record 100).
 */
package kr.oneteam.domain.deadline;
