package kr.oneteam.app.dashboard;

import kr.oneteam.app.queue.QueueFilter;

/**
 * How often officers overruled {@code rule} on {@code programme} in one way, out of how many of that rule's
 * recommendations on that programme officers acted on (decided or overrode). {@code rule} is null for a programme
 * officers added that no rule had proposed.
 */
public record OverrideTally(Kind kind, String rule, String programme, long count, long acted, QueueFilter link) {

    /** The three ways practice parts from policy. Labels: {@code dashboard.override.*}. */
    public enum Kind {
        /** Turned a recommendation the rule made INELIGIBLE into ELIGIBLE (an override of an existing one). */
        ACCEPTED_RULED_OUT,
        /** Declined a recommendation the rule made ELIGIBLE or CONDITIONAL. */
        DECLINED_RECOMMENDED,
        /** Added a programme no rule proposed. */
        ADDED_UNPROPOSED
    }

    /** Share of acted-on recommendations that were overruled this way; 0 when none were acted on. */
    public double rate() {
        return acted == 0 ? 0 : (double) count / acted;
    }
}
