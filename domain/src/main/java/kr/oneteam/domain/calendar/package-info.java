/** Personal calendar-feed tokens: how a calendar program reaches one officer's due dates without a password (decision record 102). */
package kr.oneteam.domain.calendar;
