package kr.oneteam.app.impact;

/** Told after each page of a simulation: how many proposals are done of how many selected. */
@FunctionalInterface
public interface ImpactProgress {

    ImpactProgress NONE = (done, total) -> { };

    void progress(long done, long total);
}
