/**
 * Routing persistence: the bridge between the rules engine and the database. Proposals are routed
 * through the engine's front door and stored with their recommendations in one transaction; every
 * activated ruleset becomes a stored version (idempotent by hash, for several app instances on one
 * database) and re-routes the proposals still awaiting review that no officer has decided.
 */
package kr.oneteam.app.routing;
