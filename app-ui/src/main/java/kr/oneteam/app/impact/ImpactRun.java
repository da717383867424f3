package kr.oneteam.app.impact;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A simulation running on the simulation threads. {@link #cancel()} stops it before its next page (at most
 * one page of routing later); its result then completes with {@link SimulationCancelled}.
 */
public final class ImpactRun {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<ImpactReport> result = new CompletableFuture<>();

    ImpactRun() {
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Completes with the report, or with DraftRefused, SimulationCancelled or another failure. */
    public CompletableFuture<ImpactReport> result() {
        return result;
    }

    CompletableFuture<ImpactReport> completion() {
        return result;
    }
}
