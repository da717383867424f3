/** 내 후속조치: the signed-in officer's open follow-ups and their calendar feed's address. */
package kr.oneteam.app.followup.ui;
