/**
 * The briefing (issue 10) for an event or a date range: each company's ask in one line, the programmes recommended
 * and decided, the reply, the open follow-ups, the backlog themes — as a print-friendly page and a PDF with an
 * embedded Korean font (decision record 103).
 */
package kr.oneteam.app.briefing;
