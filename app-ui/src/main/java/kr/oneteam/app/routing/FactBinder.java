package kr.oneteam.app.routing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Binds a form record ({@code ProposalForm} and the records under it) to the rule fact of the same shape
 * ({@code rules/fact}), by name, so that no field is copied by hand (decision 061): a record component {@code x}
 * goes to the fact builder's {@code x(…)}, or, for a fact without a builder, to its constructor's parameter
 * {@code x}; a nested record becomes the fact the builder method takes, a list of records a list of those facts.
 * A component without its builder method or parameter fails when the binder is made (at class loading of
 * {@link RulesFacts}), naming both sides. A null value is not passed: the builder keeps its default (0, false,
 * null), as the hand-written mapping did ({@code compute.quantity} absent is 0 for the rules).
 *
 * <p>The rules module stays free of Jackson and Spring: this reads only the facts' public Java API.
 */
public final class FactBinder implements Function<Object, Object> {

    private final Class<?> record;
    private final RecordComponent[] components;
    private final Function<Object, Object>[] converters;
    private final Method builder;
    private final Method[] setters;
    private final Method build;
    private final Constructor<?> constructor;
    private final int[] positions;

    @SuppressWarnings("unchecked")
    private FactBinder(Class<?> record, Class<?> fact) {
        if (!record.isRecord()) {
            throw new IllegalStateException(record + " is no record");
        }
        this.record = record;
        this.components = record.getRecordComponents();
        this.converters = new Function[components.length];
        this.setters = new Method[components.length];
        this.positions = new int[components.length];
        Method factory = staticBuilder(fact);
        this.builder = factory;
        if (factory != null) {
            Class<?> builderType = factory.getReturnType();
            Map<String, Method> byName = Arrays.stream(builderType.getMethods())
                    .filter(m -> m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers()))
                    .collect(Collectors.toMap(Method::getName, m -> m, (a, b) -> a));
            for (int i = 0; i < components.length; i++) {
                Method setter = byName.get(components[i].getName());
                if (setter == null) {
                    throw missing(record, components[i], fact.getSimpleName() + ".Builder has no "
                            + components[i].getName() + "(…)");
                }
                setters[i] = setter;
                converters[i] = converter(components[i], setter.getGenericParameterTypes()[0]);
            }
            try {
                this.build = builderType.getMethod("build");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(builderType + " has no build()", e);
            }
            this.constructor = null;
        } else {
            Constructor<?> only = Arrays.stream(fact.getConstructors())
                    .filter(c -> c.getParameterCount() == components.length).findFirst()
                    .orElseThrow(() -> missing(record, components[0], fact.getSimpleName() + " has neither builder() nor"
                            + " a public constructor of " + components.length + " parameters"));
            Parameter[] parameters = only.getParameters();
            for (int i = 0; i < components.length; i++) {
                int position = -1;
                for (int p = 0; p < parameters.length; p++) {
                    if (!parameters[p].isNamePresent()) {
                        throw new IllegalStateException(fact + " is compiled without parameter names (-parameters)");
                    }
                    if (parameters[p].getName().equals(components[i].getName())) {
                        position = p;
                    }
                }
                if (position < 0) {
                    throw missing(record, components[i], fact.getSimpleName() + "'s constructor has no parameter "
                            + components[i].getName());
                }
                positions[i] = position;
                converters[i] = converter(components[i], parameters[position].getParameterizedType());
            }
            this.constructor = only;
            this.build = null;
        }
    }

    /** The binder from {@code record} to {@code fact}; fails naming the first component without its place. */
    public static FactBinder of(Class<?> record, Class<?> fact) {
        return new FactBinder(record, fact);
    }

    @Override
    public Object apply(Object form) {
        return bind(form, null);
    }

    /** {@code form} as its fact; {@code extra} may set what the form has not (the routing id) on the builder. */
    Object bind(Object form, java.util.function.Consumer<Object> extra) {
        try {
            if (builder != null) {
                Object b = builder.invoke(null);
                for (int i = 0; i < components.length; i++) {
                    Object value = components[i].getAccessor().invoke(form);
                    if (value != null) {
                        setters[i].invoke(b, converters[i].apply(value));
                    }
                }
                if (extra != null) {
                    extra.accept(b);
                }
                return build.invoke(b);
            }
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(form);
                arguments[positions[i]] = value == null ? null : converters[i].apply(value);
            }
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("binding " + record.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException("binding " + record.getSimpleName() + ": " + e, e);
        }
    }

    private static Method staticBuilder(Class<?> fact) {
        try {
            Method m = fact.getMethod("builder");
            return Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** A record (or list of records) becomes the fact (or list of facts) the target takes; anything else as it is. */
    private static Function<Object, Object> converter(RecordComponent component, Type target) {
        Class<?> type = component.getType();
        if (type.isRecord()) {
            return of(type, raw(target));
        }
        if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            if (!(target instanceof ParameterizedType targetList)) {
                throw new IllegalStateException(component + " is a list of records, its fact side " + target + " is not a list");
            }
            FactBinder item = of(element, raw(targetList.getActualTypeArguments()[0]));
            return value -> {
                List<?> items = (List<?>) value;
                List<Object> facts = new ArrayList<>(items.size());
                for (Object i : items) {
                    facts.add(item.apply(i));
                }
                return facts;
            };
        }
        Class<?> targetClass = raw(target);
        Class<?> boxed = box(targetClass);
        if (!boxed.isAssignableFrom(box(type))) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " is " + type.getSimpleName() + ", its fact side takes " + targetClass.getSimpleName());
        }
        return Function.identity();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class ? Boolean.class
                : type == double.class ? Double.class : type == short.class ? Short.class : type == byte.class ? Byte.class
                : type == char.class ? Character.class : Float.class;
    }

    private static IllegalStateException missing(Class<?> record, RecordComponent component, String what) {
        return new IllegalStateException("the rule facts lack " + record.getSimpleName() + "." + component.getName()
                + " of the proposal form: " + what + " (rules/fact, decision 061)");
    }
}
