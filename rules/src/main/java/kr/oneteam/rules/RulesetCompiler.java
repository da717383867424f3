package kr.oneteam.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.rules.guard.ParsedDrl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the DRL files the guard read (their {@link PackageDescr}s, not the text again: what runs is what
 * was checked) into a knowledge base with the classic build. The classic build reports the right line for
 * type errors where the executable model reports −1 (STACK.md), and it builds faster (decision record 040).
 *
 * <p>It uses the KnowledgeBuilder directly rather than a KieBuilder: no KieModule is made, so nothing is
 * kept in the KieRepository between builds (the leak STACK.md describes cannot happen), and Drools' KieProject
 * never logs a refused ruleset at ERROR with its own multi-line report — the problems are ours, one line each.
 */
final class RulesetCompiler {

    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");

    private RulesetCompiler() {
    }

    /** Either a KieBase or the compiler's errors as {@code file:line:column message}. */
    record Compiled(KieBase kieBase, int ruleCount, List<RulesetProblem> problems) {
    }

    /** Parses and compiles without the guard (the benchmark and tests of the compiler itself). */
    static Compiled compile(RulesetFiles files) {
        List<ParsedDrl> parsed = new ArrayList<>();
        for (String file : files.drlFiles()) {
            String text = files.files().get(file);
            Resource resource = resource(file, text);
            DrlParser parser = new DrlParser();
            try {
                PackageDescr descr = parser.parse(resource, text);
                if (parser.hasErrors() || descr == null) {
                    return new Compiled(null, 0, List.of(new RulesetProblem(file, 0, 0, "cannot be parsed: " + parser.getErrors())));
                }
                parsed.add(new ParsedDrl(file, text, resource, descr));
            } catch (DroolsParserException e) {
                return new Compiled(null, 0, List.of(new RulesetProblem(file, 0, 0, "cannot be parsed: " + e.getMessage())));
            }
        }
        return compile(parsed);
    }

    /**
     * Guards and compiles, as the gate does (the routing form: outcomes no rule reads are collected, decision record
     * 043), without the gate's other stages: for the benchmark and tests that route the shipped ruleset directly.
     */
    static Compiled compileGuarded(RulesetFiles files) {
        return compileGuarded(files, null);
    }

    static Compiled compile(List<ParsedDrl> files) {
        return compile(files, null);
    }

    /**
     * Guards and compiles with Drools options ({@code drools.*} properties of the builder and the knowledge base) on top
     * of {@link EngineOptions}' (null: those alone): for the probe that measures those options (decision record 045).
     */
    static Compiled compileGuarded(RulesetFiles files, java.util.Properties options) {
        kr.oneteam.rules.guard.GuardReport guard = RulesetGuard.report(files);
        List<RulesetProblem> problems = RulesetGuard.problems(guard);
        return problems.isEmpty() ? compile(guard.parsed(), options) : new Compiled(null, 0, problems);
    }

    static Compiled compile(List<ParsedDrl> files, java.util.Properties overrides) {
        java.util.Properties options = EngineOptions.with(overrides);
        ClassLoader loader = RulesetCompiler.class.getClassLoader();
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(options, loader));
        // Files of one package are built together, so that a type declared in one file is known in the others.
        Map<String, CompositePackageDescr> packages = new LinkedHashMap<>();
        for (ParsedDrl drl : files) {
            String namespace = drl.descr().getNamespace();
            packages.computeIfAbsent(namespace, CompositePackageDescr::new).addPackageDescr(drl.resource(), drl.descr());
        }
        try {
            builder.buildPackages(packages.values());
        } catch (RuntimeException | StackOverflowError e) {
            return new Compiled(null, 0, List.of(new RulesetProblem("(ruleset)", 0, 0,
                    "the compiler failed: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        if (builder.hasErrors()) {
            Set<RulesetProblem> problems = new LinkedHashSet<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                problems.add(problem(error));
            }
            return new Compiled(null, 0, dropRepeats(problems));
        }
        InternalKnowledgeBase kieBase = newKnowledgeBase(loader, options);
        kieBase.addPackages(builder.getKnowledgePackages());
        return new Compiled(kieBase, ruleCount(kieBase), List.of());
    }

    /**
     * An empty knowledge base for one build's packages, configured by {@code options} — {@link EngineOptions}' (with
     * the probe's overrides): among them the immutable base of decision record 044.
     */
    static InternalKnowledgeBase newKnowledgeBase(ClassLoader loader, java.util.Properties options) {
        return KnowledgeBaseFactory.newKnowledgeBase(KieServices.Factory.get().newKieBaseConfiguration(options, loader));
    }

    /** Rules, not queries, of a knowledge base. */
    static int ruleCount(KieBase kieBase) {
        int rules = 0;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules += pkg.getRules().size() - pkg.getQueries().size();
        }
        return rules;
    }

    static Resource resource(String file, String text) {
        Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file);
        resource.setResourceType(ResourceType.DRL);
        return resource;
    }

    /** Every RuleImpl implements the Query interface, so ask the package which of its rules are queries. */
    static boolean isQuery(KiePackage pkg, org.kie.api.definition.rule.Rule rule) {
        return pkg.getQueries().stream().anyMatch(q -> q.getName().equals(rule.getName()));
    }

    private static RulesetProblem problem(KnowledgeBuilderError error) {
        String path = error.getResource() == null || error.getResource().getSourcePath() == null ? "(ruleset)"
                : error.getResource().getSourcePath();
        String text = error.getMessage() == null ? "" : error.getMessage();
        int line = error.getLines() == null || error.getLines().length == 0 ? 0 : Math.max(0, error.getLines()[0]);
        int column = 1;
        Matcher position = MVEL_POSITION.matcher(text);
        if (position.find() && Integer.parseInt(position.group(1)) == line) {
            column = Integer.parseInt(position.group(2)) + 1;
        }
        return new RulesetProblem(path, line, line == 0 ? 0 : column, clean(text));
    }

    /** Drools' multi-line reports in one line: no "[Near : {…}]" excerpt, no caret line, no rule-name suffix. */
    static String clean(String message) {
        return message.replaceAll("\\[Near : \\{[^}]*}]", "").replaceAll("(?m)^\\s*\\^\\s*$", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+\\]", "").replaceAll(":?\\s*\\[Rule name='[^']*'\\]", "")
                .replaceAll("\\s+", " ").strip()
                .replaceFirst("^Rule Compilation error\\s*:?\\s*", "the consequence does not compile: ");
    }

    /** Drools reports one unknown name up to three times on one line; keep the first of each place. */
    private static List<RulesetProblem> dropRepeats(Set<RulesetProblem> problems) {
        Map<String, RulesetProblem> first = new LinkedHashMap<>();
        for (RulesetProblem p : problems) {
            first.putIfAbsent(p.file() + ":" + p.line(), p);
        }
        return List.copyOf(first.values());
    }
}
