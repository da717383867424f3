/**
 * The rules module's front door: {@link kr.oneteam.rules.RoutingEngine} routes proposals with the active
 * DRL ruleset and swaps rulesets atomically; the records beside it are what it answers. Compilation, the
 * guard, the merger of outcomes and the directory watcher are package-private details behind it.
 */
package kr.oneteam.rules;
