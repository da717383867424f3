/** The impact simulation panel that the analysts' draft screen embeds: run, progress, cancel, results, export. */
package kr.oneteam.app.impact.ui;
