/**
 * Follow-ups by owner (issue 10): "my follow-ups", and each officer's iCalendar feed (RFC 5545) of their due dates —
 * open follow-ups they own and reply deadlines of open proposals assigned to them — reached by a personal feed token
 * that opens that feed and nothing else (decision record 102).
 */
package kr.oneteam.app.followup;
