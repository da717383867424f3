/** The briefing's print-friendly page and its PDF download. */
package kr.oneteam.app.briefing.ui;
