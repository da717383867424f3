package kr.oneteam.rules.whatif;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import kr.oneteam.rules.fact.Proposal;

/**
 * Every single-field change of a proposal worth routing: each other value of an enum field, the other value
 * of a flag, each member added to or removed from a set of enums, each current member removed from a set of
 * strings, and — for numbers — each threshold the ruleset compares that field against, one unit below and
 * one above ({@link RuleThresholds}). Blocks the proposal does not have ({@code compute} when it asks for no
 * GPUs) are not invented. A change the fact model refuses (a negative quantity) is left out.
 */
public final class ProposalVariants {

    /**
     * Thresholds tried per numeric field, those nearest to what the proposal asks: the nearest line on each
     * side is what a suggestion names, and a ruleset with thousands of rules on one field (a generated one)
     * must not make thousands of variants of every proposal.
     */
    static final int THRESHOLDS_PER_FIELD = 12;

    private ProposalVariants() {
    }

    public static List<Variant> of(Proposal base, RuleThresholds thresholds) {
        List<Variant> variants = new ArrayList<>();
        walk(base, "", p -> (Proposal) p, thresholds, variants);
        return variants;
    }

    private static void walk(Object fact, String prefix, Function<Object, Proposal> rebuild, RuleThresholds thresholds,
                             List<Variant> out) {
        FactProperties model = FactProperties.of(fact.getClass());
        for (FactProperties.Property p : model.properties()) {
            String path = prefix + p.name();
            Object current = p.read(fact);
            Class<?> raw = p.raw();
            Function<Object, Proposal> change = value -> rebuild.apply(model.with(fact, p, value));
            if (raw.isEnum()) {
                for (Object constant : raw.getEnumConstants()) {
                    if (!constant.equals(current)) {
                        add(out, path, Variant.Kind.SET, current, constant, change, constant);
                    }
                }
            } else if (raw == boolean.class || raw == Boolean.class) {
                boolean flipped = !Boolean.TRUE.equals(current);
                add(out, path, Variant.Kind.SET, current, flipped, change, flipped);
            } else if (Set.class.isAssignableFrom(raw)) {
                sets(out, path, p.type(), (Collection<?>) current, change);
            } else if (Numbers.isNumber(raw)) {
                for (BigDecimal candidate : Numbers.candidates(
                        Numbers.nearest(thresholds.at(path), current, THRESHOLDS_PER_FIELD), raw)) {
                    Object value = Numbers.as(candidate, raw);
                    if (value != null && !Numbers.same(value, current)) {
                        add(out, path, Variant.Kind.SET, current, value, change, value);
                    }
                }
            } else if (current != null && FactProperties.of(raw).isFact()) {
                walk(current, path + ".", change, thresholds, out);
            }
        }
    }

    private static void sets(List<Variant> out, String path, Type type, Collection<?> current,
                             Function<Object, Proposal> change) {
        Collection<?> members = current == null ? Set.of() : current;
        Class<?> element = elementType(type);
        if (element != null && element.isEnum()) {
            for (Object constant : element.getEnumConstants()) {
                Set<Object> next = new LinkedHashSet<>(members);
                boolean had = !next.add(constant);
                if (had) {
                    next.remove(constant);
                }
                add(out, path, had ? Variant.Kind.REMOVE : Variant.Kind.ADD, null, constant, change, next);
            }
        } else {
            // Free-text members (current awards): only taking one away is a change the proposal can make.
            for (Object member : members) {
                Set<Object> next = new LinkedHashSet<>(members);
                next.remove(member);
                add(out, path, Variant.Kind.REMOVE, null, member, change, next);
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static void add(List<Variant> out, String path, Variant.Kind kind, Object from, Object to,
                            Function<Object, Proposal> change, Object newValue) {
        try {
            out.add(new Variant(path, kind, from, to, change.apply(newValue)));
        } catch (IllegalArgumentException | NullPointerException refused) {
            // The fact model refuses this value (e.g. a negative quantity): not a change a proposal can make.
        }
    }
}
