package kr.oneteam.rules.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

/**
 * The allowlist guard: DRL is code that runs inside the application, so a ruleset may use only what routing
 * needs. Every file is read with Drools' own parser ({@link DrlParser}, the one the compiler uses) and every
 * constraint and consequence with a Java parser; each construct is then checked against a list of what is
 * allowed ({@link Vocabulary}) — anything else is refused at {@code file:line:column} with what to write
 * instead. What the guard read is what the compiler builds ({@link GuardReport#parsed()}), so the two cannot
 * disagree about the text.
 *
 * <p>Before any parser runs, unicode escapes are refused: the Java compiler decodes {@code \u0041} even in
 * comments and strings, which would let a consequence mean something else than what was read.
 */
public final class DrlGuard {

    /** Rule names start with their policy id, e.g. "R-CMP-01 SME small GPU request → P01". */
    public static final Pattern RULE_NAME = Pattern.compile("R-[A-Z]{2,}-[A-Z0-9]+(\\s.*)?", Pattern.DOTALL);

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}");
    private static final Pattern POSITION_IN_TEXT = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern PACKAGE_NAME = Pattern.compile(Pattern.quote(Vocabulary.POLICY_PACKAGE) + "(\\.[a-z][a-z0-9_]*)*");

    private DrlGuard() {
    }

    /** One file on its way through the guard. */
    private record Prepared(ParsedDrl drl, DrlText text, String packageName, Map<String, String> explicit,
            Set<String> wildcard) {
    }

    /** Checks the DRL files (relative path → text) of one ruleset. */
    public static GuardReport check(SortedMap<String, String> drlFiles) {
        List<GuardReport.Finding> findings = new ArrayList<>();
        List<GuardReport.RuleOutline> rules = new ArrayList<>();
        Map<String, GuardReport.ProgrammeUse> programmes = new LinkedHashMap<>();
        Map<String, DeclaredType> declared = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>();
        for (Map.Entry<String, String> file : drlFiles.entrySet()) {
            Prepared p = prepare(file.getKey(), file.getValue(), findings);
            if (p != null) {
                prepared.add(p);
                declarations(p, declared, findings, programmes);
            }
        }
        int[] tableFacts = new int[1];
        CollectedOutcomes collecting = new CollectedOutcomes();
        for (Prepared p : prepared) {
            Vocabulary vocabulary = new Vocabulary(declared, p.packageName(), p.explicit(), p.wildcard());
            FileContext ctx = new FileContext(p.drl().file(), p.text(), vocabulary, findings, programmes, tableFacts,
                    collecting);
            new DescrChecker(ctx, p.drl(), rules).check();
        }
        duplicates(rules, findings);
        // Only a ruleset that passed is rewritten: a refused one is never compiled.
        List<String> collected = findings.isEmpty()
                ? collecting.rewrite(prepared.stream().map(Prepared::drl).toList()) : List.of();
        findings.sort(Comparator.comparing(GuardReport.Finding::file).thenComparingInt(GuardReport.Finding::line)
                .thenComparingInt(GuardReport.Finding::column));
        return new GuardReport(findings, rules, List.copyOf(programmes.values()),
                prepared.stream().map(Prepared::drl).toList(), collected);
    }

    /** Unicode escapes, the parse, the package and the imports; null when the file cannot be checked further. */
    private static Prepared prepare(String file, String content, List<GuardReport.Finding> findings) {
        DrlText text = DrlText.of(content);
        Matcher escape = UNICODE_ESCAPE.matcher(content);
        if (escape.find()) {
            add(findings, file, text, escape.start(), "unicode escape " + escape.group()
                    + " is not allowed in DRL: write the character itself");
            return null;
        }
        Resource resource = ResourceFactory.newByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file);
        resource.setResourceType(ResourceType.DRL);
        PackageDescr descr = parse(file, content, text, resource, findings);
        if (descr == null) {
            return null;
        }
        String packageName = descr.getNamespace() == null ? "" : descr.getNamespace();
        if (!PACKAGE_NAME.matcher(packageName).matches()) {
            add(findings, file, text, text.find("package", 0, text.length()), packageName.isEmpty()
                    ? "the file needs a package line: package " + Vocabulary.POLICY_PACKAGE + ";"
                    : "package " + packageName + " is not allowed: use package " + Vocabulary.POLICY_PACKAGE + ";");
            return null;
        }
        Map<String, String> explicit = new HashMap<>();
        Set<String> wildcard = new LinkedHashSet<>();
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget().replaceAll("\\s+", "");
            boolean star = target.endsWith(".*");
            String name = star ? target.substring(0, target.length() - 2) : target;
            if (!Vocabulary.importable(name, star)) {
                add(findings, file, text, DescrChecker.offset(new FileContext(file, text, null, findings, Map.of()), i),
                        "import " + target + " is not allowed: rules " + Vocabulary.importsAllowed());
            } else if (star) {
                wildcard.add(name);
            } else {
                explicit.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        // A refused import is left out and the file is checked on, so that every problem is listed in one go.
        return new Prepared(new ParsedDrl(file, content, resource, descr), text, packageName, explicit, wildcard);
    }

    private static PackageDescr parse(String file, String content, DrlText text, Resource resource,
            List<GuardReport.Finding> findings) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(resource, content);
        } catch (StackOverflowError e) {
            add(findings, file, text, 0, "the file is nested too deeply to be read");
            return null;
        } catch (Exception | LinkageError e) {
            add(findings, file, text, text.length(), "the file cannot be read: " + firstLine(String.valueOf(e.getMessage())));
            return null;
        }
        if (!parser.hasErrors() && descr != null) {
            return descr;
        }
        boolean reported = false;
        for (DroolsError error : parser.getErrors()) {
            if (String.valueOf(error.getMessage()).startsWith("Parser returned a null Package") && reported) {
                continue;
            }
            reported |= parserError(file, text, error, findings);
        }
        if (!reported) {
            add(findings, file, text, text.length(), "the file cannot be read as DRL");
        }
        return null;
    }

    /**
     * A parser error as a clean problem at its place. A file cut off in the middle (an editor's half-written
     * save) makes Drools' parser fail with a NullPointerException wrapped in an error at 0:0 with a stack
     * trace; it becomes "the file ends before the rule is complete" at the last line.
     */
    private static boolean parserError(String file, String text, DrlText drl, DroolsError error,
            List<GuardReport.Finding> findings) {
        String message = String.valueOf(error.getMessage());
        int line = 0;
        int column = 0;
        if (error instanceof ParserError p) {
            line = p.getRow();
            column = p.getCol() + 1;
        }
        Matcher position = POSITION_IN_TEXT.matcher(message);
        if (line <= 0 && position.find()) {
            line = Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1;
        }
        if (message.contains("<eof>") || message.contains("unexpected exception")) {
            int end = text.stripTrailing().length();
            String why = message.contains("<eof>") || message.contains("NullPointerException")
                    ? "the file ends before the rule is complete: finish it with end (was the file saved while half-written?)"
                    : "the text here cannot be read as DRL";
            int offset = line > 0 ? drl.offset(line, column) : end;
            add(findings, file, drl, Math.min(offset, end), why);
            return true;
        }
        String clean = message.replaceAll("^\\[ERR \\d+\\]\\s*", "").replaceAll("^Line \\d+:\\d+\\s*", "");
        add(findings, file, drl, line > 0 ? drl.offset(line, column) : 0, firstLine(clean));
        return true;
    }

    private static boolean parserError(String file, DrlText text, DroolsError error, List<GuardReport.Finding> findings) {
        return parserError(file, text.original(), text, error, findings);
    }

    /** Pass one: the types each file declares, so that every file may use them. */
    private static void declarations(Prepared p, Map<String, DeclaredType> declared, List<GuardReport.Finding> findings,
            Map<String, GuardReport.ProgrammeUse> programmes) {
        Vocabulary plain = new Vocabulary(Map.of(), p.packageName(), p.explicit(), p.wildcard());
        FileContext ctx = new FileContext(p.drl().file(), p.text(), plain, findings, programmes);
        for (TypeDeclarationDescr type : p.drl().descr().getTypeDeclarations()) {
            Map<String, TypeRef> fields = new LinkedHashMap<>();
            DescrChecker.declaration(ctx, type, declared, p.packageName(), fields);
            DeclaredType t = new DeclaredType(p.packageName(), type.getTypeName(), fields);
            if (declared.putIfAbsent(t.fullName(), t) != null) {
                ctx.refuse(DescrChecker.offset(ctx, type), "type " + type.getTypeName() + " is declared twice");
            }
        }
    }

    /** A duplicate rule name is reported at every place it is declared, so the analyst sees the file they just saved. */
    private static void duplicates(List<GuardReport.RuleOutline> rules, List<GuardReport.Finding> findings) {
        Map<String, List<GuardReport.RuleOutline>> byName = new LinkedHashMap<>();
        for (GuardReport.RuleOutline r : rules) {
            byName.computeIfAbsent(r.packageName() + "/" + r.name(), k -> new ArrayList<>()).add(r);
        }
        for (List<GuardReport.RuleOutline> places : byName.values()) {
            if (places.size() < 2) {
                continue;
            }
            for (GuardReport.RuleOutline place : places) {
                List<String> others = places.stream().filter(p -> p != place).map(p -> p.file() + ":" + p.line()).toList();
                findings.add(new GuardReport.Finding(place.file(), place.line(), place.column(), "duplicate rule name \""
                        + place.name() + "\" (also declared at " + String.join(", ", others) + ")"));
            }
        }
    }

    private static void add(List<GuardReport.Finding> findings, String file, DrlText text, int offset, String message) {
        int at = Math.max(0, Math.min(offset, text.length()));
        findings.add(new GuardReport.Finding(file, text.line(at), text.column(at), message));
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
