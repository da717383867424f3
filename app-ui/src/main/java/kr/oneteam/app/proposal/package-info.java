/** Read side of proposals for the API: one proposal with its recommendations, and the paged list. */
package kr.oneteam.app.proposal;
