/**
 * The analysts' workspace (issue 9): drafts of a ruleset per analyst, and requests to publish one, which a
 * second person approves or sends back (four eyes). Knows no Drools and no Vaadin: the files are text.
 */
package kr.oneteam.domain.workspace;
