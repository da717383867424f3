/**
 * Impact simulation (issue 9): a draft ruleset and the active version route the same stored proposals in one
 * run, page by page, and the difference is reported — counts per programme and eligibility, every changed
 * proposal, capacity demand against what remains, the officers' workload — and exported as CSV or XLSX.
 * Reads only: nothing stored changes. The front door is {@link kr.oneteam.app.impact.ImpactSimulation}.
 */
package kr.oneteam.app.impact;
