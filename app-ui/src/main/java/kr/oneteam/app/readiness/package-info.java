/**
 * When the app may take traffic: {@code /actuator/health/readiness} says UP only once the ruleset is active and
 * the start-up work (accounts, demo data: application runners) is done — Spring Boot turns readiness to
 * ACCEPTING_TRAFFIC only after the runners — so a load balancer or a test waits for a usable app.
 */
package kr.oneteam.app.readiness;
