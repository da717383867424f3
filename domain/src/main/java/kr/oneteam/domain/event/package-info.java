/**
 * Named intake events (간담회, 설명회): the occasions officers report on — the dashboard's and the briefing's "event"
 * filter. A proposal's membership is derived from its channel and day of receipt (decision record 101).
 */
package kr.oneteam.domain.event;
