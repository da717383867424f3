package kr.oneteam.app.impact;

import java.util.concurrent.CancellationException;

/** The simulation was cancelled after {@code done} of {@code total} proposals; no partial report is given. */
public class SimulationCancelled extends CancellationException {

    private final long done;
    private final long total;

    public SimulationCancelled(long done, long total) {
        super("impact simulation cancelled after " + done + " of " + total + " proposals");
        this.done = done;
        this.total = total;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }
}
