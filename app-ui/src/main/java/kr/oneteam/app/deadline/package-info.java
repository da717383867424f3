/**
 * Reply deadlines counted from receipt (issue 10, decision record 100): a programme's or a sandbox track's days, a
 * proposal's due day (the earliest rule that applies) and its state — as Java for a page of rows and as SQL predicates
 * for the queue's filter and the dashboard's counts, which must agree.
 */
package kr.oneteam.app.deadline;
