package kr.oneteam.app.dashboard;

import kr.oneteam.app.queue.QueueFilter;

/** One bar: what is counted ({@code key}: a vocabulary value, a code, a day), how many, and the queue it opens. */
public record Tally<K>(K key, long count, QueueFilter link) {
}
