package kr.oneteam.app.deadline;

import kr.oneteam.domain.vocabulary.SandboxTrack;

/**
 * One source of a reply deadline: a programme (applies when the rules recommend it, ELIGIBLE or CONDITIONAL) or a
 * sandbox track (applies when the proposal names it), with its days from receipt. Exactly one of the two is set.
 */
public record DeadlineRule(String programme, SandboxTrack track, int days) {

    public DeadlineRule {
        if ((programme == null) == (track == null)) {
            throw new IllegalArgumentException("a deadline rule belongs to a programme or to a sandbox track");
        }
        if (days < 1) {
            throw new IllegalArgumentException("a reply deadline is at least one day: " + days);
        }
    }

    public static DeadlineRule programme(String code, int days) {
        return new DeadlineRule(code, null, days);
    }

    public static DeadlineRule track(SandboxTrack track, int days) {
        return new DeadlineRule(null, track, days);
    }
}
