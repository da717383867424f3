package kr.oneteam.rules.guard;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kr.oneteam.rules.fact.Proposal;
import kr.oneteam.rules.outcome.Contribution;
import kr.oneteam.rules.outcome.Exclusion;
import kr.oneteam.rules.outcome.Flag;
import kr.oneteam.rules.outcome.Grant;
import kr.oneteam.rules.outcome.Labels;
import kr.oneteam.rules.outcome.Note;
import kr.oneteam.rules.outcome.Outcome;
import kr.oneteam.rules.outcome.ProgrammeReason;
import kr.oneteam.rules.outcome.ScoreBonus;
import kr.oneteam.rules.outcome.Served;
import kr.oneteam.rules.outcome.ServedBy;

/**
 * The allowlist: every type a rule may name and what it may do with it. Everything not listed here is
 * refused by the guard.
 *
 * <ul>
 * <li>Facts ({@code kr.oneteam.rules.fact}, found from {@link Proposal}'s getters): read their fields.</li>
 * <li>Outcomes ({@code kr.oneteam.rules.outcome}) and the types the ruleset declares: read their fields, create
 *     them in {@code insert(new …)} or with the outcomes' own static factories ({@code Grant.gpus}, …).</li>
 * <li>The vocabulary enums ({@code kr.oneteam.domain.vocabulary}): their constants and getters.</li>
 * <li>Values: String, numbers, BigDecimal, LocalDate, OffsetDateTime and collections, each with a short list
 *     of read-only methods; {@code Math.min/max/abs}; {@code Labels.korean/percent}.</li>
 * </ul>
 * No method that writes, loops, blocks, allocates without bound or reaches the JVM is on any list: there is
 * no {@code String.repeat}, {@code String.format}, {@code replaceAll}, {@code BigDecimal.pow}, no
 * {@code getClass}, {@code wait}, no stream.
 */
final class Vocabulary {

    static final String FACT_PACKAGE = "kr.oneteam.rules.fact";
    static final String OUTCOME_PACKAGE = "kr.oneteam.rules.outcome";
    static final String VOCABULARY_PACKAGE = "kr.oneteam.domain.vocabulary";
    static final String POLICY_PACKAGE = "kr.oneteam.rules.policy";

    /** The packages a rule may import with a wildcard. */
    static final List<String> WILDCARD_IMPORTS = List.of(FACT_PACKAGE, OUTCOME_PACKAGE, VOCABULARY_PACKAGE);

    // Declared first: discoverFacts() below reads NEVER.
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "toString");
    private static final Set<String> NEVER = Set.of("getClass", "getDeclaringClass", "hashCode", "wait", "notify",
            "notifyAll", "clone", "finalize", "describeConstable");

    static final Set<Class<?>> FACTS = discoverFacts();

    /** Outcomes a rule may create; {@link Outcome} and {@link ProgrammeReason} may only be matched. */
    static final Set<Class<?>> CREATABLE_OUTCOMES = Set.of(Contribution.class, Exclusion.class, Note.class, Flag.class,
            Grant.class, ScoreBonus.class, Served.class, ServedBy.class);
    static final Set<Class<?>> OUTCOMES = union(CREATABLE_OUTCOMES, Set.of(Outcome.class, ProgrammeReason.class));

    private static final Set<Class<?>> HELPERS = Set.of(Labels.class, Math.class);

    private static final Map<Class<?>, Set<String>> VALUE_METHODS = Map.ofEntries(
            Map.entry(String.class, Set.of("length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith",
                    "equals", "equalsIgnoreCase", "compareTo", "indexOf", "lastIndexOf", "substring", "charAt",
                    "toLowerCase", "toUpperCase", "strip", "trim", "toString")),
            Map.entry(Integer.class, numberMethods()), Map.entry(Long.class, numberMethods()),
            Map.entry(Double.class, numberMethods()), Map.entry(Short.class, numberMethods()),
            Map.entry(Byte.class, numberMethods()), Map.entry(Float.class, numberMethods()),
            Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue", "toString")),
            Map.entry(Boolean.class, Set.of("booleanValue", "equals", "compareTo", "toString")),
            Map.entry(Character.class, Set.of("charValue", "equals", "compareTo", "toString")),
            Map.entry(BigDecimal.class, Set.of("compareTo", "signum", "intValue", "longValue", "doubleValue",
                    "toPlainString", "equals", "toString")),
            Map.entry(LocalDate.class, Set.of("isBefore", "isAfter", "isEqual", "compareTo", "equals", "getYear",
                    "getMonthValue", "getDayOfMonth", "toString")),
            Map.entry(OffsetDateTime.class, Set.of("isBefore", "isAfter", "isEqual", "compareTo", "equals", "getYear",
                    "getMonthValue", "getDayOfMonth", "getHour", "toLocalDate", "toString")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "containsAll", "equals")),
            Map.entry(Set.class, Set.of("size", "isEmpty", "contains", "containsAll", "equals")),
            Map.entry(List.class, Set.of("size", "isEmpty", "contains", "containsAll", "get", "equals")));

    /** Properties (DRL field paths) of value types: only these getters, read-only and small. */
    private static final Map<Class<?>, Set<String>> VALUE_PROPERTIES = Map.of(
            String.class, Set.of("empty", "blank"),
            LocalDate.class, Set.of("year", "monthValue", "dayOfMonth"),
            OffsetDateTime.class, Set.of("year", "monthValue", "dayOfMonth", "hour"),
            Collection.class, Set.of("empty", "size"), Set.class, Set.of("empty", "size"),
            List.class, Set.of("empty", "size"));

    private static final Map<Class<?>, Set<String>> STATIC_METHODS = Map.of(
            Math.class, Set.of("min", "max", "abs"),
            String.class, Set.of("valueOf"),
            Integer.class, Set.of("valueOf"), Long.class, Set.of("valueOf"), Double.class, Set.of("valueOf"),
            BigDecimal.class, Set.of("valueOf"),
            LocalDate.class, Set.of("of"),
            Labels.class, Set.of("korean", "percent"));

    private static final Map<Class<?>, Set<String>> STATIC_FIELDS = Map.of(
            Integer.class, Set.of("MAX_VALUE", "MIN_VALUE"), Long.class, Set.of("MAX_VALUE", "MIN_VALUE"),
            BigDecimal.class, Set.of("ZERO", "ONE", "TEN"));

    /** Names a DRL may use unqualified without importing them (java.lang) that are on the list. */
    private static final Map<String, Class<?>> JAVA_LANG = Map.ofEntries(
            Map.entry("String", String.class), Map.entry("Math", Math.class), Map.entry("Integer", Integer.class),
            Map.entry("Long", Long.class), Map.entry("Double", Double.class), Map.entry("Short", Short.class),
            Map.entry("Byte", Byte.class), Map.entry("Float", Float.class), Map.entry("Boolean", Boolean.class),
            Map.entry("Character", Character.class), Map.entry("Number", Number.class));

    /** Every class of the allowlist outside the three project packages, by qualified name. */
    private static final Map<String, Class<?>> QUALIFIED = qualified();

    private final Map<String, DeclaredType> declaredByFullName;
    private final String packageName;
    private final Map<String, String> explicitImports;
    private final Set<String> wildcardImports;

    Vocabulary(Map<String, DeclaredType> declaredByFullName, String packageName, Map<String, String> explicitImports,
            Set<String> wildcardImports) {
        this.declaredByFullName = declaredByFullName;
        this.packageName = packageName;
        this.explicitImports = explicitImports;
        this.wildcardImports = wildcardImports;
    }

    // ---- which imports and type names are allowed -----------------------------------------------------

    /** True when {@code target} (an import, without {@code .*}) names a class of the allowlist or an allowed package. */
    static boolean importable(String target, boolean wildcard) {
        if (wildcard) {
            return WILDCARD_IMPORTS.contains(target) || target.equals(POLICY_PACKAGE) || target.startsWith(POLICY_PACKAGE + ".");
        }
        if (target.startsWith(POLICY_PACKAGE + ".")) {
            return true;
        }
        return QUALIFIED.containsKey(target) || loadProjectClass(target).isPresent();
    }

    static String importsAllowed() {
        return "import " + String.join(".*, import ", WILDCARD_IMPORTS)
                + ".* or single classes among java.time.LocalDate, java.time.OffsetDateTime, java.math.BigDecimal, "
                + "java.util.List, java.util.Set, java.util.Collection";
    }

    /** The type a (simple or qualified) name stands for, when it is on the allowlist. */
    Optional<TypeRef> type(String name) {
        if (name.contains(".")) {
            DeclaredType declared = declaredByFullName.get(name);
            if (declared != null) {
                return Optional.of(TypeRef.declared(declared));
            }
            Class<?> known = QUALIFIED.get(name);
            if (known != null) {
                return Optional.of(TypeRef.java(known));
            }
            return loadProjectClass(name).map(TypeRef::java);
        }
        DeclaredType own = declaredByFullName.get(packageName.isEmpty() ? name : packageName + "." + name);
        if (own != null) {
            return Optional.of(TypeRef.declared(own));
        }
        String imported = explicitImports.get(name);
        if (imported != null) {
            return type(imported);
        }
        for (String pkg : wildcardImports) {
            Optional<TypeRef> found = type(pkg + "." + name);
            if (found.isPresent()) {
                return found;
            }
        }
        Class<?> lang = JAVA_LANG.get(name);
        return lang == null ? Optional.empty() : Optional.of(TypeRef.java(lang));
    }

    /** True when {@code prefix} begins the qualified name of some allowed class ({@code java}, {@code java.time}). */
    boolean isPackagePrefix(String prefix) {
        String dotted = prefix + ".";
        return QUALIFIED.keySet().stream().anyMatch(n -> n.startsWith(dotted))
                || (FACT_PACKAGE + ".").startsWith(dotted) || (OUTCOME_PACKAGE + ".").startsWith(dotted)
                || (VOCABULARY_PACKAGE + ".").startsWith(dotted)
                || declaredByFullName.keySet().stream().anyMatch(n -> n.startsWith(dotted));
    }

    /** A class of the three project packages: facts, outcomes (with Labels) and vocabulary enums. */
    private static Optional<Class<?>> loadProjectClass(String qualified) {
        int dot = qualified.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String pkg = qualified.substring(0, dot);
        if (!pkg.equals(FACT_PACKAGE) && !pkg.equals(OUTCOME_PACKAGE) && !pkg.equals(VOCABULARY_PACKAGE)) {
            return Optional.empty();
        }
        try {
            Class<?> c = Class.forName(qualified, false, Vocabulary.class.getClassLoader());
            return allowed(c) ? Optional.of(c) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    static boolean allowed(Class<?> c) {
        return FACTS.contains(c) || OUTCOMES.contains(c) || c == Labels.class || isVocabularyEnum(c)
                || QUALIFIED.containsValue(c) || c.isPrimitive();
    }

    static boolean isVocabularyEnum(Class<?> c) {
        return c.isEnum() && c.getPackageName().equals(VOCABULARY_PACKAGE);
    }

    /** Types a local variable of a consequence may have. */
    boolean localType(TypeRef t) {
        if (t.kind() == TypeRef.Kind.DECLARED) {
            return true;
        }
        Class<?> c = t.raw();
        return c != null && c != Math.class && c != Labels.class && allowed(c);
    }

    // ---- facts and what a rule may do with them ---------------------------------------------------------

    /** Facts, outcomes and declared types may be matched by a pattern; strings and enums in {@code from}. */
    boolean matchable(TypeRef t) {
        if (t.kind() == TypeRef.Kind.DECLARED) {
            return true;
        }
        Class<?> c = t.raw();
        return c != null && (FACTS.contains(c) || OUTCOMES.contains(c) || isVocabularyEnum(c) || c == String.class
                || c == Number.class || c == Long.class || c == Integer.class || c == Double.class || c == BigDecimal.class);
    }

    /** Types that belong to one proposal: {@link Proposal} and every type with a proposalId. */
    boolean perProposal(TypeRef t) {
        if (t.kind() == TypeRef.Kind.DECLARED) {
            return t.declared().perProposal();
        }
        Class<?> c = t.raw();
        return c != null && (c == Proposal.class || ((OUTCOMES.contains(c) || FACTS.contains(c))
                && getter(c, "proposalId").isPresent()));
    }

    boolean creatable(TypeRef t) {
        return t.kind() == TypeRef.Kind.DECLARED || (t.raw() != null && CREATABLE_OUTCOMES.contains(t.raw()));
    }

    static String creatableList() {
        return "Contribution, Exclusion, Note, Flag, Grant, ScoreBonus, Served, ServedBy and the types the ruleset declares";
    }

    /** The type of {@code owner.name} read as a field (a getter), or empty. */
    Optional<TypeRef> property(TypeRef owner, String name) {
        if (owner.kind() == TypeRef.Kind.DECLARED) {
            return Optional.ofNullable(owner.declared().fields().get(name));
        }
        Class<?> c = owner.raw();
        if (c == null || !owner.isInstance()) {
            return Optional.empty();
        }
        Set<String> values = valueProperties(c);
        if (values != null) {
            if (!values.contains(name)) {
                return Optional.empty();
            }
            if (name.equals("size")) {
                return Optional.of(TypeRef.INT);
            }
        } else if (!hasFields(c)) {
            return Optional.empty();
        }
        return getter(c, name).map(m -> returnType(m, owner));
    }

    /** Field names of a type, for "did you mean" and the list in the message. */
    List<String> propertyNames(TypeRef owner) {
        if (owner.kind() == TypeRef.Kind.DECLARED) {
            return List.copyOf(owner.declared().fields().keySet());
        }
        Class<?> c = owner.raw();
        if (c == null) {
            return List.of();
        }
        Set<String> values = valueProperties(c);
        if (values != null) {
            return List.copyOf(new TreeSet<>(values));
        }
        if (!hasFields(c)) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (Method m : c.getMethods()) {
            String property = propertyName(m);
            if (property != null) {
                names.add(property);
            }
        }
        return List.copyOf(names);
    }

    private static boolean hasFields(Class<?> c) {
        return FACTS.contains(c) || OUTCOMES.contains(c) || isVocabularyEnum(c);
    }

    private static Set<String> valueProperties(Class<?> c) {
        if (Collection.class.isAssignableFrom(c)) {
            return VALUE_PROPERTIES.getOrDefault(c, VALUE_PROPERTIES.get(Collection.class));
        }
        return QUALIFIED.containsValue(c) || JAVA_LANG.containsValue(c) ? VALUE_PROPERTIES.getOrDefault(c, Set.of()) : null;
    }

    private static Optional<Method> getter(Class<?> c, String property) {
        for (Method m : c.getMethods()) {
            if (property.equals(propertyName(m))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code getSizeClass()} → sizeClass, {@code isSmeLike()} → smeLike; null for anything that is not a getter. */
    static String propertyName(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
                || NEVER.contains(m.getName()) || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Enum.class) {
            return null;
        }
        String n = m.getName();
        int prefix = n.startsWith("get") ? 3 : n.startsWith("is") && m.getReturnType() == boolean.class ? 2 : 0;
        if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
    }

    // ---- methods ----------------------------------------------------------------------------------------

    /** The return type of {@code owner.name(…)} with {@code argc} arguments, when that call is allowed. */
    Optional<TypeRef> method(TypeRef owner, String name, int argc) {
        if (NEVER.contains(name)) {
            return Optional.empty();
        }
        if (owner.kind() == TypeRef.Kind.DECLARED) {
            for (Map.Entry<String, TypeRef> field : owner.declared().fields().entrySet()) {
                String capital = Character.toUpperCase(field.getKey().charAt(0)) + field.getKey().substring(1);
                if (argc == 0 && (name.equals("get" + capital) || name.equals("is" + capital))) {
                    return Optional.of(field.getValue());
                }
            }
            return OBJECT_METHODS.contains(name) ? Optional.of(objectMethod(name)) : Optional.empty();
        }
        Class<?> c = owner.raw();
        if (c == null || !owner.isInstance() || c.isPrimitive()) {
            return Optional.empty();
        }
        Set<String> allowed = valueMethods(c);
        boolean ok;
        if (allowed != null) {
            ok = allowed.contains(name);
        } else if (hasFields(c)) {
            ok = OBJECT_METHODS.contains(name) || isGetterName(c, name) || (isVocabularyEnum(c)
                    && Set.of("name", "ordinal", "compareTo").contains(name));
        } else {
            ok = false;
        }
        return ok ? returnType(c, name, argc, owner, false) : Optional.empty();
    }

    /** The methods a rule may call on a value of this type, for the message that refuses another one. */
    List<String> methodNames(TypeRef owner) {
        if (owner.kind() == TypeRef.Kind.DECLARED) {
            return owner.declared().fields().keySet().stream()
                    .map(f -> "get" + Character.toUpperCase(f.charAt(0)) + f.substring(1)).sorted().toList();
        }
        Class<?> c = owner.raw();
        if (c == null || c.isPrimitive()) {
            return List.of();
        }
        if (owner.isTypeName()) {
            Set<String> listed = STATIC_METHODS.get(c);
            if (listed != null) {
                return List.copyOf(new TreeSet<>(listed));
            }
            return Arrays.stream(c.getMethods()).filter(m -> factory(c, m.getName(), m.getParameterCount()).isPresent())
                    .map(Method::getName).distinct().sorted().toList();
        }
        Set<String> allowed = valueMethods(c);
        if (allowed != null) {
            return List.copyOf(new TreeSet<>(allowed));
        }
        if (!hasFields(c)) {
            return List.of();
        }
        Set<String> names = new TreeSet<>(OBJECT_METHODS);
        Arrays.stream(c.getMethods()).filter(m -> propertyName(m) != null).forEach(m -> names.add(m.getName()));
        if (isVocabularyEnum(c)) {
            names.addAll(Set.of("name", "ordinal", "compareTo"));
        }
        return List.copyOf(names);
    }

    private static Set<String> valueMethods(Class<?> c) {
        Set<String> direct = VALUE_METHODS.get(c);
        if (direct != null) {
            return direct;
        }
        if (List.class.isAssignableFrom(c)) {
            return VALUE_METHODS.get(List.class);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return VALUE_METHODS.get(Collection.class);
        }
        return null;
    }

    private static boolean isGetterName(Class<?> c, String name) {
        return Arrays.stream(c.getMethods()).anyMatch(m -> m.getName().equals(name) && propertyName(m) != null);
    }

    /** {@code Math.min(a, b)}, {@code Labels.korean(x)}, {@code Grant.gpus(…)}: allowed static calls. */
    Optional<TypeRef> staticMethod(TypeRef typeName, String name, int argc) {
        Class<?> c = typeName.raw();
        if (c == null || typeName.declared() != null) {
            return Optional.empty();
        }
        Set<String> listed = STATIC_METHODS.get(c);
        if (listed != null && listed.contains(name)) {
            return returnType(c, name, argc, typeName, true);
        }
        if (CREATABLE_OUTCOMES.contains(c)) {
            return factory(c, name, argc).map(m -> TypeRef.java(c));
        }
        return Optional.empty();
    }

    /** A public static method of an outcome class that returns that outcome, e.g. {@code Flag.onProposal}. */
    static Optional<Method> factory(Class<?> c, String name, int argc) {
        for (Method m : c.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getName().equals(name) && m.getParameterCount() == argc
                    && m.getReturnType() == c) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code SizeClass.SME}, {@code BigDecimal.ZERO}: constants of the vocabulary and a few listed ones. */
    Optional<TypeRef> staticField(TypeRef typeName, String name) {
        Class<?> c = typeName.raw();
        if (c == null || typeName.declared() != null) {
            return Optional.empty();
        }
        if (isVocabularyEnum(c)) {
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return Optional.of(TypeRef.java(c));
                }
            }
            return Optional.empty();
        }
        Set<String> listed = STATIC_FIELDS.get(c);
        if (listed != null && listed.contains(name)) {
            try {
                return Optional.of(TypeRef.java(c.getField(name).getType()));
            } catch (NoSuchFieldException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The constants of a vocabulary enum, for the message when one is misspelt. */
    static List<String> constants(Class<?> c) {
        if (!c.isEnum()) {
            return List.of();
        }
        return Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    /** The public constructor of an outcome with {@code argc} parameters. */
    static Optional<Constructor<?>> constructor(Class<?> c, int argc) {
        return Arrays.stream(c.getConstructors()).filter(k -> k.getParameterCount() == argc).findFirst();
    }

    /**
     * The position of the parameter named {@code programme} (the programme code an outcome names), or −1.
     * The project compiles with {@code -parameters} (Spring Boot's parent), so names are real.
     */
    static int programmeArgument(Executable e) {
        Parameter[] parameters = e.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isNamePresent() && parameters[i].getName().equals("programme")
                    && parameters[i].getType() == String.class) {
                return i;
            }
        }
        return -1;
    }

    private static TypeRef objectMethod(String name) {
        return name.equals("equals") ? TypeRef.BOOLEAN : TypeRef.STRING;
    }

    private static Optional<TypeRef> returnType(Class<?> c, String name, int argc, TypeRef owner, boolean wantStatic) {
        TypeRef found = null;
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == argc && Modifier.isStatic(m.getModifiers()) == wantStatic) {
                TypeRef t = returnType(m, owner);
                if (found == null) {
                    found = t;
                } else if (!found.equals(t)) {
                    // Overloads that differ only in numeric types (Math.min): the exact one does not matter here.
                    found = found.isNumber() && t.isNumber() ? found : TypeRef.UNKNOWN;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static TypeRef returnType(Method m, TypeRef owner) {
        Type generic = m.getGenericReturnType();
        if (generic instanceof TypeVariable<?> variable && owner.type() instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw) {
            // List<E>.get(int) on a List<ConsortiumMember> is a ConsortiumMember.
            TypeVariable<?>[] params = raw.getTypeParameters();
            for (int i = 0; i < params.length; i++) {
                if (params[i].getName().equals(variable.getName())) {
                    return TypeRef.java(p.getActualTypeArguments()[i]);
                }
            }
            return TypeRef.UNKNOWN;
        }
        if (generic instanceof TypeVariable<?>) {
            return TypeRef.java(m.getReturnType());
        }
        return TypeRef.java(generic);
    }

    // ---- set-up -----------------------------------------------------------------------------------------

    /** Every class of the fact package reachable from Proposal through getters (its sections and list items). */
    private static Set<Class<?>> discoverFacts() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Proposal.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!c.getPackageName().equals(FACT_PACKAGE) || !found.add(c)) {
                continue;
            }
            for (Method m : c.getMethods()) {
                if (propertyName(m) != null) {
                    todo.push(m.getReturnType());
                    if (m.getGenericReturnType() instanceof ParameterizedType p) {
                        for (Type arg : p.getActualTypeArguments()) {
                            if (arg instanceof Class<?> argClass) {
                                todo.push(argClass);
                            }
                        }
                    }
                }
            }
        }
        return Set.copyOf(found);
    }

    private static Map<String, Class<?>> qualified() {
        Map<String, Class<?>> q = new java.util.HashMap<>();
        for (Class<?> c : JAVA_LANG.values()) {
            q.put(c.getName(), c);
        }
        for (Class<?> c : List.of(BigDecimal.class, LocalDate.class, OffsetDateTime.class, Collection.class,
                Set.class, List.class)) {
            q.put(c.getName(), c);
        }
        return Map.copyOf(q);
    }

    private static Set<String> numberMethods() {
        return Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals", "toString");
    }

    private static Set<Class<?>> union(Set<Class<?>> a, Set<Class<?>> b) {
        Set<Class<?>> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    static boolean isHelper(Class<?> c) {
        return HELPERS.contains(c);
    }
}
