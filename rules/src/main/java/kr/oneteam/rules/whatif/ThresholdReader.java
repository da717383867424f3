package kr.oneteam.rules.whatif;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.domain.vocabulary.Category;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;

/**
 * Reads {@link RuleThresholds} from DRL: each file with Drools' DRL parser (the one the compiler uses), each
 * constraint of a {@code Proposal(…)} pattern with Drools' DRLX constraint parser, so {@code ||}, {@code &&},
 * half-expressions ({@code > 16 && < 100}) and bindings are read as the engine reads them, not by pattern
 * matching on text. A number on the other side of a comparison is taken as it stands (a literal) or through
 * what it names: a variable bound in the same rule to a field of a declared type whose default is a number
 * ({@code Caps($maxGpus : p01MaxGpus)}, {@code $caps.p01MaxGpus}), or such a field named directly.
 */
final class ThresholdReader {

    private static final String PROPOSAL = "Proposal";
    private static final ParseStart<DrlxExpression> DRLX = DrlxParser.buildDrlxParserWithArguments(List.of());
    /** A row of the served-by table: {@code new ServedBy(Category.COMPUTE, "P01")} in a consequence. */
    private static final Pattern SERVED_BY = Pattern.compile(
            "new\\s+(?:[\\w.]+\\.)?ServedBy\\s*\\(\\s*(?:[\\w.]+\\.)?Category\\.(\\w+)\\s*,\\s*\"([^\"]+)\"\\s*\\)");
    private static final Set<BinaryExpr.Operator> COMPARISONS = Set.of(BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS,
            BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS);

    private final Map<String, SortedSet<BigDecimal>> byPath = new TreeMap<>();
    private final Map<Category, Set<String>> servedBy = new EnumMap<>(Category.class);
    /** Declared type → field → numeric default, over all files (a type declared in one file is used in others). */
    private final Map<String, Map<String, BigDecimal>> declaredDefaults = new HashMap<>();

    private ThresholdReader() {
    }

    static RuleThresholds read(Map<String, String> files) {
        ThresholdReader reader = new ThresholdReader();
        List<PackageDescr> packages = files.entrySet().stream().filter(f -> f.getKey().endsWith(".drl"))
                .map(f -> parse(f.getValue())).flatMap(Optional::stream).toList();
        packages.forEach(reader::declarations);
        packages.forEach(pkg -> pkg.getRules().forEach(reader::rule));
        return new RuleThresholds(new TreeMap<>(reader.byPath), reader.servedBy);
    }

    private static Optional<PackageDescr> parse(String text) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, text);
            return parser.hasErrors() ? Optional.empty() : Optional.ofNullable(descr);
        } catch (Exception | StackOverflowError e) { // NOPMD: an unreadable file adds no threshold (see read)
            return Optional.empty();
        }
    }

    private void declarations(PackageDescr pkg) {
        for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
            Map<String, BigDecimal> defaults = declaredDefaults.computeIfAbsent(type.getTypeName(), t -> new HashMap<>());
            for (TypeFieldDescr field : type.getFields().values()) {
                number(field.getInitExpr()).ifPresent(value -> defaults.put(field.getFieldName(), value));
            }
        }
    }

    /** A numeric literal as written in DRL or Java: {@code 16}, {@code 200000000L}, {@code 2.5d}, {@code 1_000}. */
    static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace("_", "");
        if (!s.isEmpty() && "lLdDfF".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void rule(RuleDescr rule) {
        servedByRows(rule.getConsequence());
        if (rule.getLhs() == null) {
            return;
        }
        // Bindings first: a rule may bind its caps after the pattern that compares against them.
        Map<String, BigDecimal> bound = new HashMap<>();
        Map<String, String> patternTypes = new HashMap<>();
        List<PatternDescr> patterns = new java.util.ArrayList<>();
        collect(rule.getLhs(), patterns);
        for (PatternDescr p : patterns) {
            if (p.getIdentifier() != null) {
                patternTypes.put(p.getIdentifier(), p.getObjectType());
            }
            for (DrlxExpression x : constraints(p)) {
                if (x.getBind() != null) {
                    declaredValue(p.getObjectType(), x.getExpr())
                            .ifPresent(value -> bound.put(x.getBind().getIdentifier(), value));
                }
            }
        }
        for (PatternDescr p : patterns) {
            if (PROPOSAL.equals(simpleName(p.getObjectType()))) {
                for (DrlxExpression x : constraints(p)) {
                    comparisons(x.getExpr(), null, new Names(bound, patternTypes));
                }
            }
        }
    }

    private void servedByRows(Object consequence) {
        if (consequence == null) {
            return;
        }
        Matcher m = SERVED_BY.matcher(consequence.toString());
        while (m.find()) {
            try {
                servedBy.computeIfAbsent(Category.valueOf(m.group(1)), c -> new LinkedHashSet<>()).add(m.group(2));
            } catch (IllegalArgumentException unknownCategory) {
                // The compiler refuses an unknown category; a ruleset that routes has none.
            }
        }
    }

    private static void collect(BaseDescr descr, List<PatternDescr> patterns) {
        if (descr instanceof PatternDescr p) {
            patterns.add(p);
            if (p.getSource() instanceof AccumulateDescr acc) {
                collect(acc.getInput(), patterns);
            }
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                collect(child, patterns);
            }
        }
    }

    private static List<DrlxExpression> constraints(PatternDescr p) {
        List<DrlxExpression> parsed = new java.util.ArrayList<>();
        for (BaseDescr d : p.getDescrs()) {
            if (d instanceof ExprConstraintDescr e && e.getType() != ExprConstraintDescr.Type.POSITIONAL) {
                try {
                    parsed.add(DrlxParser.parseExpression(DRLX, e.getExpression()));
                } catch (RuntimeException | StackOverflowError unreadable) { // NOPMD: adds no threshold
                    // The compiler read it, the DRLX parser cannot: no threshold from this constraint.
                }
            }
        }
        return parsed;
    }

    /** The variables of one rule: bound numbers and pattern identifiers with their types. */
    private record Names(Map<String, BigDecimal> numbers, Map<String, String> patternTypes) {
    }

    /**
     * Walks a constraint: comparisons record their number at their field's path; {@code &&} and {@code ||}
     * are walked on both sides, a half-expression ({@code < 100} after {@code x > 16 &&}) with the field of
     * the comparison before it. Returns the field path the last comparison was about.
     */
    private String comparisons(Expression e, String previousPath, Names names) {
        Expression x = unwrap(e);
        if (x instanceof BinaryExpr b) {
            if (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR) {
                String left = comparisons(b.getLeft(), previousPath, names);
                return comparisons(b.getRight(), left, names);
            }
            if (COMPARISONS.contains(b.getOperator())) {
                String leftPath = path(b.getLeft());
                String rightPath = path(b.getRight());
                Optional<BigDecimal> leftValue = value(b.getLeft(), names);
                Optional<BigDecimal> rightValue = value(b.getRight(), names);
                if (leftPath != null && rightValue.isPresent()) {
                    record(leftPath, rightValue.get());
                    return leftPath;
                }
                if (rightPath != null && leftValue.isPresent()) {
                    record(rightPath, leftValue.get());
                    return rightPath;
                }
                return leftPath;
            }
        } else if (x instanceof HalfBinaryExpr half && previousPath != null) {
            value(half.getRight(), names).ifPresent(v -> record(previousPath, v));
            return previousPath;
        }
        return previousPath;
    }

    private void record(String path, BigDecimal value) {
        byPath.computeIfAbsent(path, p -> new TreeSet<>()).add(Numbers.plain(value));
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        return x;
    }

    /** {@code compute.quantity}, {@code compute!.quantity}, {@code this.requestedAmountKrw}: a path of the proposal. */
    private static String path(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof NameExpr n) {
            String name = n.getNameAsString();
            return name.startsWith("$") || Character.isUpperCase(name.charAt(0)) ? null : name;
        }
        if (x instanceof FieldAccessExpr f) {
            String scope = path(f.getScope());
            if (f.getScope() instanceof com.github.javaparser.ast.expr.ThisExpr) {
                return f.getNameAsString();
            }
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        if (x instanceof NullSafeFieldAccessExpr f) {
            String scope = path(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    /** The number an expression stands for: a literal (also negated), a bound variable, a cap field of a declared type. */
    private Optional<BigDecimal> value(Expression e, Names names) {
        Expression x = unwrap(e);
        if (x instanceof IntegerLiteralExpr || x instanceof LongLiteralExpr || x instanceof DoubleLiteralExpr
                || x instanceof org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr
                || x instanceof org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr) {
            String literal = x.toString();
            return number(literal.endsWith("B") || literal.endsWith("I") ? literal.substring(0, literal.length() - 1)
                    : literal);
        }
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            return value(u.getExpression(), names).map(BigDecimal::negate);
        }
        if (x instanceof NameExpr n) {
            return Optional.ofNullable(names.numbers().get(n.getNameAsString()));
        }
        if (x instanceof FieldAccessExpr f && unwrap(f.getScope()) instanceof NameExpr scope) {
            String type = names.patternTypes().get(scope.getNameAsString());
            return type == null ? Optional.empty() : declaredDefault(type, f.getNameAsString());
        }
        return Optional.empty();
    }

    /** {@code p01MaxGpus} read on a pattern of declared type {@code Caps}: the field's numeric default. */
    private Optional<BigDecimal> declaredValue(String patternType, Expression bound) {
        Expression x = unwrap(bound);
        if (x instanceof NameExpr n) {
            return declaredDefault(patternType, n.getNameAsString());
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> declaredDefault(String type, String field) {
        Map<String, BigDecimal> fields = declaredDefaults.get(simpleName(type));
        if (fields == null) {
            fields = declaredDefaults.get(type);
        }
        return fields == null ? Optional.empty() : Optional.ofNullable(fields.get(field));
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
