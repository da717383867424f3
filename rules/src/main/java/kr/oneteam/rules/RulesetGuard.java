package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRL is code that runs inside the application, so a ruleset is refused (with file, line and column)
 * when any part of it — imports, conditions, consequences, functions, queries, declarations — names a
 * process, file, network, reflection, class-loading or threading API, when a rule modifies or deletes
 * facts instead of recording outcomes, or when a rule's name does not start with its R- id.
 *
 * <p>It works on names, not on a parse tree, and errs on the side of refusing: qualified names must
 * come from an allowed list of packages (so {@code java.io.File} and {@code java . io . File} are both
 * refused), and dangerous simple names are refused wherever they appear (so an import cannot smuggle
 * them in under their short name). Unicode escapes are refused outright because the Java compiler
 * decodes them inside consequences, which would let {@code Run\u0074ime} slip past a name check.
 */
final class RulesetGuard {

    /** Rule names start with their policy id, e.g. "R-CMP-01 SME small GPU request → P01". */
    static final Pattern RULE_NAME = Pattern.compile("R-[A-Z]{2,}-[A-Z0-9]+(\\s.*)?", Pattern.DOTALL);

    private static final Set<String> FORBIDDEN_NAMES = Set.of(
            // processes and the JVM
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "SecurityManager", "StackWalker",
            "Module", "ModuleLayer", "exit", "halt", "exec", "getRuntime", "loadLibrary",
            // reflection and class loading
            "Class", "ClassLoader", "forName", "getClass", "getClassLoader", "loadClass", "defineClass",
            "newInstance", "setAccessible", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
            "getDeclaredFields", "getDeclaredConstructor", "getMethod", "getField", "getConstructor", "invoke",
            "Method", "Field", "Constructor", "Proxy", "MethodHandle", "MethodHandles", "Unsafe", "ServiceLoader",
            "ScriptEngine", "ScriptEngineManager", "InitialContext", "ObjectInputStream", "ObjectOutputStream",
            "MVEL",
            // threads
            "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Executor", "Executors",
            "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask", "synchronized",
            "wait", "notify", "notifyAll", "sleep",
            // files
            "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream", "FileOutputStream",
            "FileReader", "FileWriter", "RandomAccessFile", "FileChannel",
            // network
            "Socket", "ServerSocket", "DatagramSocket", "SocketChannel", "URL", "URI", "URLConnection",
            "HttpURLConnection", "HttpClient", "HttpRequest", "InetAddress",
            // the engine behind the rules
            "kcontext", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint",
            "getChannels", "getGlobals", "setGlobal");

    /** Rules record outcomes with insert(...); facts are snapshots and are never changed or removed. */
    private static final Set<String> FORBIDDEN_ACTIONS = Set.of("modify", "update", "retract", "delete");

    private static final List<String> ALLOWED_QUALIFIED = List.of(
            "java.util.", "java.math.", "java.time.", "java.text.",
            "java.lang.Math", "java.lang.String", "java.lang.StringBuilder", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Number", "java.lang.Object", "java.lang.Comparable",
            "java.lang.Iterable", "java.lang.Enum", "java.lang.CharSequence",
            "kr.oneteam.rules.fact", "kr.oneteam.rules.outcome", "kr.oneteam.rules.policy",
            "kr.oneteam.domain.vocabulary");

    private static final List<String> FORBIDDEN_QUALIFIED = List.of(
            "java.util.concurrent", "java.util.logging", "java.util.jar", "java.util.zip", "java.util.prefs",
            "java.util.spi", "java.util.ServiceLoader", "java.util.Timer");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(java|javax|jakarta|jdk|sun|com|org|net|io|kr|groovy|kotlin|scala)\\s*\\.\\s*[A-Za-z_$][\\w$]*(\\s*\\.\\s*[A-Za-z_$*][\\w$]*)*");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern RULE_DECLARATION = Pattern.compile(
            "(?m)^[ \\t]*rule[ \\t]+(\"([^\"\\n]*)\"|'([^'\\n]*)'|([^\\s]+))");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)");

    private RulesetGuard() {
    }

    static List<RulesetProblem> check(RulesetFiles files) {
        List<RulesetProblem> problems = new ArrayList<>();
        Map<String, List<RulesetProblem>> declared = new HashMap<>();
        for (String file : files.drlFiles()) {
            DrlText drl = DrlText.of(files.files().get(file));
            unicodeEscapes(file, drl, problems);
            names(file, drl, problems);
            qualifiedNames(file, drl, problems);
            ruleNames(file, drl, declared, problems);
        }
        duplicates(declared, problems);
        problems.sort(java.util.Comparator.comparing(RulesetProblem::file).thenComparingInt(RulesetProblem::line)
                .thenComparingInt(RulesetProblem::column));
        return problems;
    }

    private static void unicodeEscapes(String file, DrlText drl, List<RulesetProblem> problems) {
        Matcher m = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}").matcher(drl.original());
        if (m.find()) {
            problems.add(at(file, drl, m.start(), "unicode escape " + m.group()
                    + " is not allowed in DRL: write the character itself"));
        }
    }

    private static void names(String file, DrlText drl, List<RulesetProblem> problems) {
        Matcher m = IDENTIFIER.matcher(drl.code());
        while (m.find()) {
            String name = m.group();
            if (FORBIDDEN_NAMES.contains(name)) {
                problems.add(at(file, drl, m.start(), "'" + name
                        + "' is not allowed in rules (process, file, network, reflection, class-loading or threading API)"));
            } else if (FORBIDDEN_ACTIONS.contains(name) && isCall(drl.code(), m.end())) {
                problems.add(at(file, drl, m.start(), "'" + name
                        + "' is not allowed: rules record outcomes with insert(...) and never change or remove facts"));
            }
        }
        Matcher literal = CLASS_LITERAL.matcher(drl.code());
        while (literal.find()) {
            problems.add(at(file, drl, literal.start(), "class literals (.class) are not allowed in rules"));
        }
    }

    /** {@code modify($p) {…}}, {@code update($p)}, {@code delete($o)}: a name used as a call or block. */
    private static boolean isCall(String code, int end) {
        int i = end;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i < code.length() && (code.charAt(i) == '(' || code.charAt(i) == '{');
    }

    private static void qualifiedNames(String file, DrlText drl, List<RulesetProblem> problems) {
        Matcher m = QUALIFIED.matcher(drl.code());
        while (m.find()) {
            if (m.start() > 0 && (Character.isJavaIdentifierPart(drl.code().charAt(m.start() - 1))
                    || drl.code().charAt(m.start() - 1) == '.')) {
                continue;
            }
            String name = m.group().replaceAll("\\s+", "");
            if (!allowed(name)) {
                problems.add(at(file, drl, m.start(), "'" + name + "' is not allowed in rules: only "
                        + "java.util, java.math, java.time, java.text, basic java.lang types and the rules' own "
                        + "fact, outcome and vocabulary packages may be named"));
            }
        }
    }

    private static boolean allowed(String name) {
        if (FORBIDDEN_QUALIFIED.stream().anyMatch(name::startsWith)) {
            return false;
        }
        return ALLOWED_QUALIFIED.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix)
                && (prefix.endsWith(".") || !Character.isJavaIdentifierPart(name.charAt(prefix.length()))));
    }

    private static void ruleNames(String file, DrlText drl, Map<String, List<RulesetProblem>> declared,
            List<RulesetProblem> problems) {
        Matcher pkg = PACKAGE.matcher(drl.code());
        String packageName = pkg.find() ? pkg.group(1) : "";
        Matcher m = RULE_DECLARATION.matcher(drl.codeWithStrings());
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            int at = m.start(1);
            if (!RULE_NAME.matcher(name).matches()) {
                problems.add(at(file, drl, at, "rule name \"" + name
                        + "\" must start with its policy id, e.g. \"R-CMP-01 SME small GPU request → P01\""));
            }
            declared.computeIfAbsent(packageName + "/" + name, k -> new ArrayList<>()).add(at(file, drl, at, name));
        }
    }

    /** A duplicate is reported at every place it is declared, so the analyst sees the file they just saved. */
    private static void duplicates(Map<String, List<RulesetProblem>> declared, List<RulesetProblem> problems) {
        for (List<RulesetProblem> places : declared.values()) {
            if (places.size() < 2) {
                continue;
            }
            for (RulesetProblem place : places) {
                List<String> others = places.stream().filter(p -> p != place).map(p -> p.file() + ":" + p.line()).toList();
                problems.add(new RulesetProblem(place.file(), place.line(), place.column(),
                        "duplicate rule name \"" + place.message() + "\" (also declared at " + String.join(", ", others) + ")"));
            }
        }
    }

    private static RulesetProblem at(String file, DrlText drl, int offset, String message) {
        return new RulesetProblem(file, drl.line(offset), drl.column(offset), message);
    }
}
