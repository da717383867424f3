/** 현황's screen: server-drawn SVG bar charts, each beside the table of its numbers; a bar opens the filtered queue. */
package kr.oneteam.app.dashboard.ui;
