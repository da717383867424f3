package kr.oneteam.rules.guard;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The names visible at a point of a rule: bindings of the conditions ({@code $id}, {@code $p}) and, in a
 * consequence, its local variables. Each knows its type, whether it holds a proposal's id (to check joins)
 * and, for text, how many pieces it may be built from (to bound string building).
 */
final class Scope {

    record Variable(String name, TypeRef type, boolean local, boolean proposalKey, Text text) {

        Variable withText(Text t) {
            return new Variable(name, type, local, proposalKey, t);
        }
    }

    /**
     * An upper bound of a text's size: how many values of unbounded length (fields of the proposal, other
     * locals) and how many characters of literals it can hold. Without loops a consequence can still double a
     * string with every statement ({@code s = s + s;}); this bound refuses that before it runs.
     */
    record Text(long pieces, long literalChars) {

        static final Text NONE = new Text(0, 0);
        static final Text ONE_VALUE = new Text(1, 0);

        static Text literal(int chars) {
            return new Text(0, chars);
        }

        Text plus(Text other) {
            return new Text(Math.min(Long.MAX_VALUE / 4, pieces + other.pieces),
                    Math.min(Long.MAX_VALUE / 4, literalChars + other.literalChars));
        }

        Text max(Text other) {
            return new Text(Math.max(pieces, other.pieces), Math.max(literalChars, other.literalChars));
        }
    }

    private final Scope parent;
    private final Map<String, Variable> variables = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Scope child() {
        return new Scope(this);
    }

    Variable find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Variable v = s.variables.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    boolean declaredHere(String name) {
        return variables.containsKey(name);
    }

    void put(Variable v) {
        variables.put(v.name(), v);
    }

    /** Replaces a variable where it is declared (an assignment in a consequence). */
    void update(Variable v) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.variables.containsKey(v.name())) {
                s.variables.put(v.name(), v);
                return;
            }
        }
    }

    /** Every visible name, sorted, for "the rule's names are …". */
    TreeSet<String> names() {
        TreeSet<String> names = parent == null ? new TreeSet<>() : parent.names();
        names.addAll(variables.keySet());
        return names;
    }
}
