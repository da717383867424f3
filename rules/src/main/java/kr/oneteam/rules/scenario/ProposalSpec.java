package kr.oneteam.rules.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kr.oneteam.rules.fact.Proposal;

/**
 * Reads the {@code proposal} cell of a scenario: {@code field=value} pairs separated by {@code ;}, with the
 * field paths of INTAKE.md ({@code company.sizeClass=SME; categories=COMPUTE|DATA; compute.quantity=8}).
 * Sets and lists separate values with {@code |}. Whatever is not written takes a neutral default (an SME in
 * the capital region, stage DEVELOPMENT, received 2026-01-15 in Seoul); a section (compute, data, …)
 * exists as soon as one of its fields is written, with neutral defaults for the rest.
 *
 * <p>The paths are those of the facts' builders ({@code rules/fact}), found by reflection: a field the facts have is
 * a field a scenario may set, with no line here (decision 061). What is written here is data: the neutral defaults.
 * A list of facts ({@code consortium}) is written as its members' vocabulary values joined by {@code :}
 * ({@code consortium=SME:LEAD|LARGE:MEMBER}); their names are made up.
 */
final class ProposalSpec {

    static final String DEFAULT_RECEIVED_AT = "2026-01-15T10:00:00+09:00";

    /** What a scenario gets when it does not say: the company is always there, other sections once written. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("receivedAt", DEFAULT_RECEIVED_AT), Map.entry("channel", "API"),
            Map.entry("title", "시나리오"), Map.entry("text", "시나리오"), Map.entry("stage", "DEVELOPMENT"),
            Map.entry("company.name", "시나리오 기업"), Map.entry("company.sizeClass", "SME"),
            Map.entry("company.region", "CAPITAL"),
            Map.entry("compute.accelerator", "H100"), Map.entry("compute.quantity", "1"),
            Map.entry("compute.months", "1"), Map.entry("compute.workload", "FINETUNING"),
            Map.entry("data.need", "ACCESS"), Map.entry("data.sensitivity", "PUBLIC"),
            Map.entry("regulation.sandboxTrack", "NONE"), Map.entry("regulation.highImpactDomain", "NONE"),
            Map.entry("procurement.innovationProduct", "NONE"), Map.entry("global.demandSite", "NONE"),
            Map.entry("infra.spectrum", "NONE"), Map.entry("consortium.role", "MEMBER"));
    /** Sections that exist on every scenario proposal, written or not. */
    private static final List<String> ALWAYS = List.of("company");

    private static final Section ROOT = new Section(Proposal.class, "", List.of("id"));

    /** Every field a scenario may set, in the facts' (INTAKE.md) order (listed in the README too). */
    static final List<String> FIELDS = ROOT.paths();

    private ProposalSpec() {
    }

    static Map<String, String> fields(String cell) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : cell.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new ScenarioException("'" + pair.strip() + "' is not field=value");
            }
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (!FIELDS.contains(key)) {
                throw new ScenarioException("unknown field '" + key + "' (fields are those of INTAKE.md, e.g. compute.quantity)");
            }
            if (fields.put(key, value) != null) {
                throw new ScenarioException("field '" + key + "' written twice");
            }
        }
        if (!fields.containsKey("categories")) {
            throw new ScenarioException("categories is required (e.g. categories=COMPUTE)");
        }
        return fields;
    }

    static Proposal proposal(long id, Map<String, String> f) {
        if (strings(f.get("categories")).isEmpty()) {
            throw new ScenarioException("categories needs at least one value");
        }
        return (Proposal) ROOT.build(f, builder -> ((Proposal.Builder) builder).id(id));
    }

    /** One fact class and its builder's setters, by name, in the builder's field order. */
    private static final class Section {
        private final String prefix;
        private final Method factory;
        private final Method build;
        private final Map<String, Method> setters = new LinkedHashMap<>();
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private final Map<String, Items> lists = new LinkedHashMap<>();

        Section(Class<?> fact, String prefix, List<String> skipped) {
            this.prefix = prefix;
            try {
                this.factory = fact.getMethod("builder");
                Class<?> builder = factory.getReturnType();
                this.build = builder.getMethod("build");
                for (Field field : builder.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || skipped.contains(field.getName())) {
                        continue;
                    }
                    Method setter = builder.getMethod(field.getName(), field.getType());
                    Class<?> type = field.getType();
                    if (hasBuilder(type)) {
                        sections.put(field.getName(), new Section(type, prefix + field.getName() + ".", List.of()));
                    } else if (type == List.class && element(setter) instanceof Class<?> item && item.getPackage() == fact.getPackage()) {
                        lists.put(field.getName(), new Items(item, prefix + field.getName()));
                    }
                    setters.put(field.getName(), setter);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("rules/fact " + fact.getSimpleName() + ": " + e.getMessage(), e);
            }
        }

        List<String> paths() {
            List<String> paths = new ArrayList<>();
            setters.keySet().forEach(name -> {
                if (sections.containsKey(name)) {
                    paths.addAll(sections.get(name).paths());
                } else {
                    paths.add(prefix + name);
                }
            });
            return List.copyOf(paths);
        }

        boolean written(Map<String, String> f) {
            return ALWAYS.contains(prefix.substring(0, prefix.length() - 1))
                    || f.keySet().stream().anyMatch(k -> k.startsWith(prefix));
        }

        Object build(Map<String, String> f, java.util.function.Consumer<Object> extra) {
            Object builder = invoke(factory, null);
            for (Map.Entry<String, Method> s : setters.entrySet()) {
                String name = s.getKey();
                String path = prefix + name;
                Object value;
                if (sections.containsKey(name)) {
                    Section section = sections.get(name);
                    value = section.written(f) ? section.build(f, null) : null;
                } else if (lists.containsKey(name)) {
                    value = lists.get(name).build(f.get(path));
                } else {
                    Class<?> type = s.getValue().getParameterTypes()[0];
                    String text = f.get(path);
                    if (text == null || text.isEmpty() && type.isEnum()) {
                        text = DEFAULTS.get(path);   // an empty value of a vocabulary is "not said", as absent
                    }
                    value = text == null ? null : parse(path, text, type, element(s.getValue()));
                }
                if (value != null) {
                    invoke(s.getValue(), builder, value);
                }
            }
            if (extra != null) {
                extra.accept(builder);
            }
            return invoke(build, builder);
        }
    }

    /** A list of facts without builders ({@code ConsortiumMember}): their vocabulary values joined by {@code :}. */
    private static final class Items {
        private final String path;
        private final Constructor<?> constructor;

        Items(Class<?> item, String path) {
            this.path = path;
            this.constructor = Arrays.stream(item.getConstructors()).max((a, b) -> a.getParameterCount() - b.getParameterCount())
                    .orElseThrow(() -> new IllegalStateException(item + " has no public constructor"));
        }

        List<Object> build(String cell) {
            List<Object> items = new ArrayList<>();
            int n = 0;
            for (String entry : strings(cell)) {
                String[] parts = entry.split(":");
                Parameter[] parameters = constructor.getParameters();
                Object[] arguments = new Object[parameters.length];
                int part = 0;
                n++;
                for (int p = 0; p < parameters.length; p++) {
                    Class<?> type = parameters[p].getType();
                    String where = path + "[]." + parameters[p].getName();
                    if (type.isEnum()) {
                        String text = part < parts.length ? parts[part++].strip()
                                : DEFAULTS.get(path + "." + parameters[p].getName());
                        arguments[p] = text == null ? null : constant(where, text, type);
                    } else if (type == String.class) {
                        arguments[p] = "구성원 " + n;
                    }
                }
                try {
                    items.add(constructor.newInstance(arguments));
                } catch (InvocationTargetException e) {
                    throw new ScenarioException("'" + entry + "' is not a member of " + path + ": " + e.getCause().getMessage());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return items;
        }
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            return Modifier.isStatic(type.getMethod("builder").getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Type element(Method setter) {
        Type type = setter.getGenericParameterTypes()[0];
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }

    /** {@code text} as the builder's parameter type; a scenario error naming the path when it is not one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(String path, String text, Class<?> type, Type element) {
        if (type == String.class) {
            return text;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new ScenarioException("'" + text + "' is not true or false for " + path);
        }
        if (text.isEmpty()) {
            return null;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            long number;
            try {
                number = Long.parseLong(text.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new ScenarioException("'" + text + "' is not a whole number for " + path);
            }
            return type == int.class || type == Integer.class ? (Object) (int) number : (Object) number;
        }
        if (type == BigDecimal.class) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new ScenarioException("'" + text + "' is not a number for " + path);
            }
        }
        if (type == OffsetDateTime.class) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new ScenarioException("'" + text + "' is not an ISO date-time with offset for " + path
                        + " (e.g. 2026-07-21T00:00:00+09:00)");
            }
        }
        if (type.isEnum()) {
            return constant(path, text, type);
        }
        if (java.util.Collection.class.isAssignableFrom(type) && element instanceof Class<?> item) {
            List<String> values = strings(text);
            if (item.isEnum()) {
                EnumSet set = EnumSet.noneOf((Class<Enum>) item);
                values.forEach(v -> set.add(constant(path, v, item)));
                return set;
            }
            return type == List.class ? values : new LinkedHashSet<>(values);
        }
        throw new IllegalStateException("no scenario syntax for " + type + " (" + path + ")");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(String key, String value, Class<?> type) {
        try {
            return Enum.valueOf((Class<Enum>) type, value);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("'" + value + "' is not a value of " + key + " (one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private static List<String> strings(String value) {
        List<String> values = new ArrayList<>();
        if (value != null) {
            for (String v : value.split("\\|")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        return values;
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw new ScenarioException(bad.getMessage());
            }
            throw new IllegalStateException(method + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
