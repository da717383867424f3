package kr.oneteam.app.impact;

/**
 * What publishing the draft would mean for officers: {@code openRerouted} open proposals without a decision
 * would be routed again (every one of them, as Rerouting does), {@code openChanged} of them to a different
 * outcome; {@code decidedChanged} decided proposals would now be routed differently (their decisions stay).
 */
public record Workload(long openRerouted, long openChanged, long decidedChanged) {
}
