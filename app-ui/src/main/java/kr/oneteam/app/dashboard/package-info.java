/**
 * 현황, the dashboard (issue 10): proposals by category, programme and eligibility, size and region, week and reply
 * deadline; the policy backlog; follow-ups; capacity; override analytics. Its scope is a queue filter, so each figure
 * links to exactly the queue rows it counts; every figure is counted by the database.
 */
package kr.oneteam.app.dashboard;
