package kr.oneteam.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL files into a knowledge base with the classic build ({@code buildAll()}): it reports the
 * right line for unknown fields and type errors, where the executable model reports −1 (STACK.md), and it
 * builds faster. Each build gets its own release id; the KieModule is removed from the KieRepository as
 * soon as the KieBase exists, because Drools keeps every module it ever built there otherwise (STACK.md).
 */
final class RulesetCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private RulesetCompiler() {
    }

    /** Either a KieBase or the compiler's errors as {@code file:line:column message}. */
    record Compiled(KieBase kieBase, int ruleCount, List<RulesetProblem> problems) {
    }

    static Compiled compile(RulesetFiles files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("kr.oneteam.rules", "ruleset", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // Drools wants a DRL's folder to match its package; analysts' files sit flat, so each is written
        // under its package's folder and mapped back to the analyst's path for messages.
        Map<String, String> analystPaths = new HashMap<>();
        for (String drl : files.drlFiles()) {
            String text = files.files().get(drl);
            String written = RESOURCES + packageFolder(text) + drl.replace('/', '_');
            analystPaths.put(written, drl);
            kfs.write(written, text);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RulesetProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(message, analystPaths));
        }
        // After a syntax error the parser adds "Parser returned a null Package" without a line: noise.
        if (problems.size() > 1) {
            problems.removeIf(p -> p.line() == 0 && p.message().startsWith("Parser returned a null Package"));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return new Compiled(null, 0, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        try {
            KieBase kieBase = container.getKieBase();
            int rules = 0;
            for (KiePackage pkg : kieBase.getKiePackages()) {
                rules += pkg.getRules().size() - pkg.getQueries().size();
            }
            return new Compiled(kieBase, rules, List.of());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** Every RuleImpl implements the Query interface, so ask the package which of its rules are queries. */
    static boolean isQuery(KiePackage pkg, org.kie.api.definition.rule.Rule rule) {
        return pkg.getQueries().stream().anyMatch(q -> q.getName().equals(rule.getName()));
    }

    private static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static RulesetProblem problem(Message message, Map<String, String> analystPaths) {
        String path = message.getPath() == null ? "(ruleset)" : message.getPath();
        path = analystPaths.getOrDefault(path, analystPaths.getOrDefault(RESOURCES + path, path));
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
        int line = Math.max(message.getLine(), 0);
        int column = Math.max(message.getColumn(), 0);
        // Parser errors carry the column only in their text ("[ERR 102] Line 1:38 mismatched input …").
        Matcher position = PARSER_POSITION.matcher(text);
        if (column == 0 && position.find() && Integer.parseInt(position.group(1)) == line) {
            column = Integer.parseInt(position.group(2)) + 1;
        }
        return new RulesetProblem(path, line, column, text);
    }
}
