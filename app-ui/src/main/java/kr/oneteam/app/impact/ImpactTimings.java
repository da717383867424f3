package kr.oneteam.app.impact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where one simulation's time went, summed over its pages (nanoseconds; the phases overlap in wall-clock time,
 * since reading, and the two sides' routing, run on threads of their own): the ids of each page, the page's rows
 * from the database, turning them into facts, routing by the active version and by the draft, comparing and
 * adding up, and how long the simulation thread waited for a page that was not read yet. Printed by
 * ImpactSimulationBenchmark and logged after each run (docs/decisions/131).
 */
public final class ImpactTimings {

    final AtomicLong ids = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    final AtomicLong facts = new AtomicLong();
    final AtomicLong routeActive = new AtomicLong();
    final AtomicLong routeDraft = new AtomicLong();
    final AtomicLong compare = new AtomicLong();
    final AtomicLong waitedForPages = new AtomicLong();

    static long since(long start) {
        return System.nanoTime() - start;
    }

    @Override
    public String toString() {
        return String.format("ids %,d ms, rows %,d ms, facts %,d ms, route active %,d ms, route draft %,d ms, "
                        + "compare %,d ms, waited for pages %,d ms", ms(ids), ms(rows), ms(facts), ms(routeActive),
                ms(routeDraft), ms(compare), ms(waitedForPages));
    }

    private static long ms(AtomicLong nanos) {
        return nanos.get() / 1_000_000;
    }
}
