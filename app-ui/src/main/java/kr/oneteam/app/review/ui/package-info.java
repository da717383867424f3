/** The proposal detail screen (제안 상세): the proposal's blocks, recommendations with reasons, and the officer's actions. */
package kr.oneteam.app.review.ui;
