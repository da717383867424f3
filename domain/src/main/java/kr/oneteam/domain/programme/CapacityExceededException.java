package kr.oneteam.domain.programme;

/**
 * An accept that would reserve more than a programme has left. Carries the figures so the UI can say, in
 * the officer's language, what remains.
 */
public class CapacityExceededException extends IllegalStateException {

    private final ProgrammeCode programme;
    private final CapacityUnit unit;
    private final long requested;
    private final long remaining;

    public CapacityExceededException(ProgrammeCode programme, CapacityUnit unit, long requested, long remaining) {
        super(programme + ": " + requested + " " + unit + " requested but only " + remaining + " " + unit + " remain");
        this.programme = programme;
        this.unit = unit;
        this.requested = requested;
        this.remaining = remaining;
    }

    public ProgrammeCode programme() {
        return programme;
    }

    public CapacityUnit unit() {
        return unit;
    }

    public long requested() {
        return requested;
    }

    public long remaining() {
        return remaining;
    }
}
