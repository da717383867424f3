package kr.oneteam.app.review;

import java.time.Instant;

/**
 * One line of a case's timeline: when, who (null for the company's own submission and for the rules
 * engine), what kind of event, what it concerned (a programme code, a channel, an officer) and a short
 * detail in the words it was recorded with (a comment, a question, a ruleset version).
 */
public record TimelineEntry(Instant at, String actor, Kind kind, String subject, String detail) {

    public enum Kind {
        RECEIVED, ROUTED, REROUTED, ACCEPTED, DECLINED, UNDONE, OVERRIDDEN, INFO_REQUESTED, INFO_RECEIVED,
        REPLY_DRAFTED, REPLIED, FOLLOW_UP_ADDED, FOLLOW_UP_DONE, CLOSED, REOPENED, ASSIGNED, OTHER
    }
}
