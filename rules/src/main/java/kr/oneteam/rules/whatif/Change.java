package kr.oneteam.rules.whatif;

import java.util.List;

/**
 * One single-field change that makes a programme ELIGIBLE, as routed: the field ({@code path}), what it is
 * now ({@code from}; null for a set member), and what it would have to be.
 *
 * <ul>
 *   <li>{@link Bound#ONE_OF}: the field set to any of {@code to} (enum values, a flag), or for {@code ADD} /
 *       {@code REMOVE} any one of {@code to} added to or taken from the set;</li>
 *   <li>{@link Bound#AT_MOST}, {@link Bound#BELOW}, {@link Bound#AT_LEAST}, {@link Bound#ABOVE}: a number
 *       {@code ≤ / < / ≥ / >} the one threshold in {@code to} — the threshold nearest to what was asked whose
 *       side of the line was routed to ELIGIBLE.</li>
 * </ul>
 */
public record Change(String path, Variant.Kind kind, Object from, List<Object> to, Bound bound) {

    public enum Bound { ONE_OF, AT_MOST, BELOW, AT_LEAST, ABOVE }

    public Change {
        to = List.copyOf(to);
    }
}
