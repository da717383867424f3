package kr.oneteam.rules.guard;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Set;

/**
 * What the guard knows of an expression's static type: a Java type (with its generic arguments, so that
 * {@code consortium.get(0)} is a ConsortiumMember), a type declared in the ruleset, a type name used as an
 * expression ({@code SizeClass} in {@code SizeClass.SME}), the first part of a qualified name
 * ({@code java.time} in {@code java.time.LocalDate.of(…)}), {@code null}, or unknown.
 */
record TypeRef(Kind kind, Type type, DeclaredType declared, String packagePrefix) {

    enum Kind { JAVA, DECLARED, TYPE_NAME, PACKAGE, NULL, UNKNOWN }

    static final TypeRef UNKNOWN = new TypeRef(Kind.UNKNOWN, null, null, null);
    static final TypeRef NULL = new TypeRef(Kind.NULL, null, null, null);
    static final TypeRef BOOLEAN = java(boolean.class);
    static final TypeRef INT = java(int.class);
    static final TypeRef LONG = java(long.class);
    static final TypeRef DOUBLE = java(double.class);
    static final TypeRef STRING = java(String.class);

    private static final Set<Class<?>> NUMBERS = Set.of(byte.class, short.class, int.class, long.class, float.class,
            double.class, char.class, Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class,
            Character.class, Number.class, BigDecimal.class, BigInteger.class);

    static TypeRef java(Type type) {
        return new TypeRef(Kind.JAVA, type, null, null);
    }

    static TypeRef declared(DeclaredType declared) {
        return new TypeRef(Kind.DECLARED, null, declared, null);
    }

    static TypeRef packagePrefix(String prefix) {
        return new TypeRef(Kind.PACKAGE, null, null, prefix);
    }

    /** The type name itself used as an expression, e.g. {@code Math} in {@code Math.min(a, b)}. */
    TypeRef asTypeName() {
        return new TypeRef(Kind.TYPE_NAME, type, declared, null);
    }

    /** {@code SizeClass} for the type name {@code SizeClass}: the type its instances have. */
    TypeRef instance() {
        return new TypeRef(declared != null ? Kind.DECLARED : Kind.JAVA, type, declared, null);
    }

    boolean isTypeName() {
        return kind == Kind.TYPE_NAME;
    }

    boolean isInstance() {
        return kind == Kind.JAVA || kind == Kind.DECLARED;
    }

    /** The raw class of a Java type, or null. */
    Class<?> raw() {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    boolean isString() {
        return kind == Kind.JAVA && (raw() == String.class || raw() == Character.class || raw() == char.class);
    }

    boolean isNumber() {
        return kind == Kind.JAVA && raw() != null && NUMBERS.contains(raw());
    }

    boolean isPrimitive() {
        return kind == Kind.JAVA && raw() != null && raw().isPrimitive();
    }

    boolean isCollection() {
        return kind == Kind.JAVA && raw() != null && Collection.class.isAssignableFrom(raw());
    }

    /** The element type of a collection ({@code Set<Category>} → Category), or unknown. */
    TypeRef element() {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return java(p.getActualTypeArguments()[0]);
        }
        return UNKNOWN;
    }

    /** How an analyst reads the type in a message. */
    String display() {
        return switch (kind) {
            case JAVA, TYPE_NAME -> declared != null ? declared.name() : simpleName(type);
            case DECLARED -> declared.name();
            case PACKAGE -> packagePrefix;
            case NULL -> "null";
            case UNKNOWN -> "(unknown type)";
        };
    }

    private static String simpleName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            StringBuilder s = new StringBuilder(simpleName(p.getRawType())).append('<');
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) {
                s.append(i == 0 ? "" : ", ").append(simpleName(args[i]));
            }
            return s.append('>').toString();
        }
        return String.valueOf(type);
    }
}
