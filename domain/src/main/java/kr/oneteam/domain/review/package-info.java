/**
 * What officers do with a proposal: the lifecycle ({@link kr.oneteam.domain.review.ReviewAction} is
 * the transition table), follow-up actions, and the error raised when an action does not fit the
 * proposal's state. The checks live here, in the domain, so no view or API can skip them.
 */
package kr.oneteam.domain.review;
