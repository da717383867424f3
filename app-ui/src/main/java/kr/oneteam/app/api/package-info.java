/**
 * The JSON API of INTAKE.md: controllers that call the intake, routing and query services, and the
 * translation of every failure into {@code application/problem+json} (RFC 9457) in the caller's
 * language. Controllers never touch repositories or the rules engine.
 */
package kr.oneteam.app.api;
