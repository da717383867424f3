package kr.oneteam.rules.whatif;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The properties of one fact class of {@code kr.oneteam.rules.fact}, read from the class itself: a property
 * is a builder method {@code x(v)} with a getter {@code getX()} or {@code isX()}. Derived getters without a
 * builder method ({@code isSmeLike}, {@code getReceivedDate}) are not properties, so a variant never sets
 * them apart from what they derive from. Reading the facts this way, a field added to the proposal model
 * is varied without a change here.
 */
final class FactProperties {

    /** One property: its name, getter, builder method and declared (generic) type. */
    record Property(String name, Method getter, Method setter, Type type) {

        Class<?> raw() {
            return setter.getParameterTypes()[0];
        }

        Object read(Object fact) {
            try {
                return getter.invoke(fact);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + fact.getClass().getSimpleName(), e);
            }
        }
    }

    private static final ClassValue<FactProperties> OF = new ClassValue<>() {
        @Override
        protected FactProperties computeValue(Class<?> type) {
            return new FactProperties(type);
        }
    };

    private final Method builder;
    private final Method build;
    private final List<Property> properties;

    private FactProperties(Class<?> type) {
        Method b = null;
        try {
            b = type.getMethod("builder");
            if (!Modifier.isStatic(b.getModifiers())) {
                b = null;
            }
        } catch (NoSuchMethodException none) {
            // not a fact with a builder: no properties
        }
        this.builder = b;
        List<Property> found = new ArrayList<>();
        Method buildMethod = null;
        if (b != null) {
            Class<?> builderType = b.getReturnType();
            try {
                buildMethod = builderType.getMethod("build");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(builderType + " has no build()", e);
            }
            for (Method setter : builderType.getMethods()) {
                if (setter.getParameterCount() != 1 || setter.getReturnType() != builderType) {
                    continue;
                }
                getter(type, setter.getName()).ifPresent(getter -> found.add(new Property(setter.getName(), getter,
                        setter, setter.getGenericParameterTypes()[0])));
            }
        }
        found.sort(Comparator.comparing(Property::name));
        this.build = buildMethod;
        this.properties = List.copyOf(found);
    }

    static FactProperties of(Class<?> type) {
        return OF.get(type);
    }

    /** True for a class with a static {@code builder()}: a fact whose properties can be varied. */
    boolean isFact() {
        return builder != null;
    }

    List<Property> properties() {
        return properties;
    }

    /** A copy of {@code fact} with {@code changed} set to {@code value}; the fact's own checks apply (they may throw). */
    Object with(Object fact, Property changed, Object value) {
        try {
            Object b = builder.invoke(null);
            for (Property p : properties) {
                p.setter().invoke(b, p == changed ? value : p.read(fact));
            }
            return build.invoke(b);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("cannot copy " + fact.getClass().getSimpleName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy " + fact.getClass().getSimpleName(), e);
        }
    }

    private static java.util.Optional<Method> getter(Class<?> type, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + cap, "is" + cap)) {
            try {
                Method m = type.getMethod(candidate);
                if (!Modifier.isStatic(m.getModifiers())) {
                    return java.util.Optional.of(m);
                }
            } catch (NoSuchMethodException next) {
                // try the next spelling
            }
        }
        return java.util.Optional.empty();
    }
}
