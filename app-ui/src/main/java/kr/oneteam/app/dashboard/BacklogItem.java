package kr.oneteam.app.dashboard;

import kr.oneteam.app.queue.QueueFilter;

/**
 * One policy-backlog theme: an ask no programme serves, as the backlog rule phrased it ({@code rule}: the R- id,
 * {@code text}: its Korean reason), with how many distinct companies and proposals raised it.
 */
public record BacklogItem(String rule, String text, long companies, long proposals, QueueFilter link) {
}
