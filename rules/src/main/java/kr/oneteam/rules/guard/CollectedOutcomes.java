package kr.oneteam.rules.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.oneteam.rules.outcome.Outcome;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Outcomes that no rule reads are collected instead of inserted (decision record 043). An insert puts a fact in
 * the session's object store and sends it through the network, which costs as much as a rule firing; for an
 * outcome of a type no pattern of the ruleset names (in the shipped policy ScoreBonus, Flag, Note and Grant: 3.7 of
 * 10 inserts per proposal) that work changes nothing, since nothing can match the fact — only the merger reads it.
 *
 * <p>The guard records, while it checks the ruleset, every type a pattern matches and every {@code insert(…)}
 * statement with the outcome type it checked. When the whole ruleset passed, the consequences' {@code insert}
 * statements of an outcome type that no matched type covers (neither the type itself nor {@code Outcome} or
 * another supertype) are rewritten, in the parsed rules the guard hands to the compiler, to
 * {@code oneteamCollected.accept(…)}: the name {@code insert} is replaced at its place, on its line, nothing else
 * of the statement changes. {@code oneteamCollected} is a global the rewrite declares (analysts' DRL may declare
 * no global, so the name cannot clash with theirs); the engine sets it to the session listener that already
 * counts inserts for the limit and keeps outcomes for the merger, so the limit, the merger's input and its order
 * stay exactly as they were. What runs is what the guard checked, with that one name changed.
 */
public final class CollectedOutcomes {

    /** The global the rewritten consequences call; its type is {@link #GLOBAL_TYPE}. */
    public static final String GLOBAL = "oneteamCollected";
    public static final String GLOBAL_TYPE = "java.util.function.Consumer";
    private static final String CALL = GLOBAL + ".accept";

    /** One {@code insert(…)} statement the guard checked: where the name {@code insert} starts in the consequence. */
    record InsertSite(RuleDescr rule, int offsetInConsequence, Class<?> type) {
    }

    private final Set<TypeRef> matched = new LinkedHashSet<>();
    private final List<InsertSite> inserts = new ArrayList<>();

    void matched(TypeRef type) {
        matched.add(type);
    }

    void inserted(RuleDescr rule, int offsetInConsequence, TypeRef type) {
        if (rule != null && type.kind() == TypeRef.Kind.JAVA && type.raw() != null && offsetInConsequence >= 0) {
            inserts.add(new InsertSite(rule, offsetInConsequence, type.raw()));
        }
    }

    /** Whether some pattern of the ruleset could match a fact of this class (unknown kinds count as a match). */
    private boolean read(Class<?> type) {
        for (TypeRef t : matched) {
            if (t.kind() == TypeRef.Kind.DECLARED) {
                continue; // a type declared in DRL is none of the Java outcome classes, nor one of their supertypes
            }
            Class<?> raw = t.kind() == TypeRef.Kind.JAVA ? t.raw() : null;
            if (raw == null || raw.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rewrites the collected inserts in {@code files} (which passed the guard) and declares the global in the first
     * file of each package that needs it; returns the simple names of the collected types, sorted.
     */
    List<String> rewrite(List<ParsedDrl> files) {
        Map<RuleDescr, List<InsertSite>> byRule = new IdentityHashMap<>();
        Set<String> collected = new TreeSet<>();
        for (InsertSite site : inserts) {
            if (!Outcome.class.isAssignableFrom(site.type()) || read(site.type())) {
                continue;
            }
            byRule.computeIfAbsent(site.rule(), r -> new ArrayList<>()).add(site);
        }
        if (byRule.isEmpty()) {
            return List.of();
        }
        Set<String> declaredIn = new LinkedHashSet<>();
        for (ParsedDrl file : files) {
            PackageDescr pkg = file.descr();
            boolean rewritten = false;
            for (RuleDescr rule : pkg.getRules()) {
                List<InsertSite> sites = byRule.get(rule);
                if (sites == null || !(rule.getConsequence() instanceof String text)) {
                    continue;
                }
                StringBuilder out = new StringBuilder(text);
                sites.sort(Comparator.comparingInt(InsertSite::offsetInConsequence).reversed());
                for (InsertSite site : sites) {
                    int at = site.offsetInConsequence();
                    if (text.startsWith("insert", at) && followedByParenthesis(text, at + "insert".length())) {
                        out.replace(at, at + "insert".length(), CALL);
                        collected.add(site.type().getSimpleName());
                        rewritten = true;
                    }
                }
                rule.setConsequence(out.toString());
            }
            String namespace = pkg.getNamespace() == null ? "" : pkg.getNamespace();
            if (rewritten && declaredIn.add(namespace)) {
                pkg.addGlobal(new GlobalDescr(GLOBAL, GLOBAL_TYPE));
            }
        }
        return List.copyOf(collected);
    }

    private static boolean followedByParenthesis(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }
}
