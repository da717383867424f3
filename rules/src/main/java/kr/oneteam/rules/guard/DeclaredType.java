package kr.oneteam.rules.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fact type declared in the ruleset itself ({@code declare SmeLike proposalId : long end}): its name, its
 * package and its fields in declaration order. Declared types are how analysts classify once and decide
 * after: a classification rule inserts one, decision rules match it.
 */
record DeclaredType(String packageName, String name, Map<String, TypeRef> fields) {

    DeclaredType {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String fullName() {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }

    /** A declared type with a {@code proposalId} field belongs to one proposal and must be joined to it. */
    boolean perProposal() {
        return fields.containsKey("proposalId");
    }
}
