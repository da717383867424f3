package kr.oneteam.app.routing;

import kr.oneteam.rules.Router;
import kr.oneteam.rules.RoutingEngine;

import java.util.Objects;

/**
 * Which published version this instance serves, and the engine that serves it. Every switch goes through
 * {@link #serve}, so the engine's router and the version id it is stored under never disagree.
 */
public class ServedRuleset {

    private final RoutingEngine engine;
    private volatile Served served;

    /** The version id and the router of what is served, read together. */
    public record Served(long versionId, Router router) {
    }

    ServedRuleset(RoutingEngine engine, long versionId) {
        this.engine = engine;
        this.served = new Served(versionId, engine.router());
    }

    RoutingEngine engine() {
        return engine;
    }

    public Served current() {
        return served;
    }

    public long versionId() {
        return served.versionId();
    }

    /** Serves {@code router} as version {@code versionId}; false when that version was already served. */
    synchronized boolean serve(long versionId, Router router) {
        Objects.requireNonNull(router, "router");
        if (served.versionId() == versionId && served.router().hash().equals(router.hash())) {
            return false;
        }
        served = new Served(versionId, router);
        engine.serve(router);
        return true;
    }
}
