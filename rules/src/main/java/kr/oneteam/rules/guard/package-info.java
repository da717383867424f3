/**
 * The allowlist guard of DRL rulesets: {@link kr.oneteam.rules.guard.DrlGuard} reads every file with Drools'
 * parser, every constraint with Drools' DRLX parser and every consequence with JavaParser, and refuses all
 * that routing does not need, at {@code file:line:column} and saying what is allowed instead. The list of
 * what is allowed is {@code Vocabulary}; nothing here runs a rule.
 */
package kr.oneteam.rules.guard;
