/**
 * Analysts' scenarios: CSV files (one case per row: {@code case,description,proposal,expect}) that state a
 * proposal's relevant fields and the recommendations a ruleset must give it. They gate every reload, run
 * as named JUnit cases, and through {@code rules check}. The format is described in rules/README.md.
 */
package kr.oneteam.rules.scenario;
