package kr.oneteam.app.routing;

import kr.oneteam.rules.Router;
import kr.oneteam.rules.RoutingEngine;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Which published version this instance serves, and the engine that serves it. Every switch goes through
 * {@link #serve}, so the engine's router and the version id it is stored under never disagree.
 *
 * <p>At start-up the first version is compiled in the background (docs/decisions/051) while the rest of the
 * application starts: until it is served, {@link #current()} waits for it, {@link #isServing()} is false (the
 * readiness probe says not ready), and if it cannot be served the start fails with the reason.
 */
public class ServedRuleset {

    private final RoutingEngine engine;
    private final CompletableFuture<Served> first = new CompletableFuture<>();
    private volatile Served served;

    /** The version id and the router of what is served, read together. */
    public record Served(long versionId, Router router) {
    }

    /** Serves nothing yet: {@link #serve} or {@link #cannotServe} follows (the start-up compile). */
    ServedRuleset(RoutingEngine awaiting) {
        this.engine = Objects.requireNonNull(awaiting, "engine");
    }

    RoutingEngine engine() {
        return engine;
    }

    /** What is served; waits for the start-up compile when nothing is served yet. */
    public Served current() {
        Served now = served;
        return now != null ? now : awaitFirst();
    }

    public long versionId() {
        return current().versionId();
    }

    /** False while the start-up compile runs (or when it failed); never waits. */
    public boolean isServing() {
        return served != null;
    }

    /**
     * Waits until the first version is served.
     *
     * @throws IllegalStateException with the reason when it cannot be served
     */
    Served awaitFirst() {
        try {
            return first.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("no ruleset is served: " + cause, cause);
        }
    }

    /** Serves {@code router} as version {@code versionId}; false when that version was already served. */
    synchronized boolean serve(long versionId, Router router) {
        Objects.requireNonNull(router, "router");
        Served now = served;
        if (now != null && now.versionId() == versionId && now.router().hash().equals(router.hash())) {
            return false;
        }
        Served next = new Served(versionId, router);
        served = next;
        engine.serve(router);
        first.complete(next);
        return true;
    }

    /** The start-up compile failed: whoever waits for the first version gets {@code why}. */
    synchronized void cannotServe(Throwable why) {
        RuntimeException reason = why instanceof RuntimeException r ? r
                : new IllegalStateException("the start-up compile of the ruleset stopped with " + why, why);
        if (served == null) {
            engine.cannotServe(reason);
            first.completeExceptionally(reason);
        }
    }
}
