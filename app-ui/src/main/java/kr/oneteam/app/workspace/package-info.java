/**
 * The analysts' workspace (issue 9, docs/decisions/090): drafts per analyst, uploads and zips, validation
 * through the rules gate, scenario rows, four-eyes publication requests, history, diffs and rollback. It
 * publishes only through {@code routing.RulesetPublication}.
 */
package kr.oneteam.app.workspace;
