/** Officers' work on one proposal: the read-only detail snapshot, and decisions, overrides, information requests, replies and follow-ups, each one transaction with an audit entry. */
package kr.oneteam.app.review;
