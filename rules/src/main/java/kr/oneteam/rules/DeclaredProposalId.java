package kr.oneteam.rules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The proposal id of a fact whose type has a public {@code long getProposalId()} — a type declared in DRL with a
 * {@code proposalId} field (a classification fact), or an outcome. Looked up once per class: the limits attribute a
 * firing to its proposal by it ({@link EvaluationWatch}), and held facts are checked by it ({@link ProposalIsolation}).
 */
final class DeclaredProposalId {

    private static final ClassValue<MethodHandle> GETTER = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.publicLookup().findVirtual(type, "getProposalId", MethodType.methodType(long.class));
            } catch (ReflectiveOperationException | IllegalAccessError e) {
                return null;
            }
        }
    };

    private DeclaredProposalId() {
    }

    /** The fact's proposal id, or null when its type has none (or the getter failed). */
    static Long of(Object fact) {
        MethodHandle getter = fact == null ? null : GETTER.get(fact.getClass());
        if (getter == null) {
            return null;
        }
        try {
            return (long) getter.invoke(fact);
        } catch (Throwable e) {
            return null;
        }
    }

    /** Whether facts of this type carry a proposal id that {@link #of} reads. */
    static boolean carriedBy(Class<?> type) {
        return GETTER.get(type) != null;
    }
}
