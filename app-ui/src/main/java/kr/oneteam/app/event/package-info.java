/**
 * Named intake events (간담회 and the like) that the dashboard and the briefing report on; membership is derived from a
 * proposal's channel and day of receipt (decision record 101).
 */
package kr.oneteam.app.event;
